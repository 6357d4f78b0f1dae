#!/usr/bin/env python3
"""The CPU time of a start by thread, and the main thread's by startup phase, from async-profiler's collapsed
stacks (bench/profile-startup.sh: event=cpu, interval=1ms, threads; one sample is ~1 ms of CPU).

A sample of the main thread counts for the first phase in PHASES whose pattern matches any of its frames, so
a phase listed earlier wins where they nest (a @ConfigurationProperties bean bound while Tomcat is created counts
as binding). The main thread is "DestroyJavaVM" by the time the profile is written.
"""
import collections
import re
import sys

PHASES = [
    ("the JVM before main(): the startup cache mapped, its classes loaded", None),
    ("environment: application.yml, logback, the environment post-processors",
     r"SpringApplication\.prepareEnvironment"),
    ("@ConfigurationProperties: binding, and Bean Validation's bootstrap in the first validated one",
     r"ConfigurationPropertiesBindingPostProcessor|Properties__BeanDefinitions"),
    ("Bean Validation elsewhere (the validator beans)", r"hibernate/validator|jakarta/validation|LocalValidatorFactoryBean"),
    ("Jackson: the mapper, its modules (the @JacksonComponent scan of every bean)",
     r"JacksonAutoConfiguration|tools/jackson"),
    ("messages (messages*.properties)", r"MessageSource"),
    ("Tomcat: created and started, with its filters and servlet", r"TomcatServletWebServerFactory\.getWebServer|apache/catalina|apache/coyote"),
    ("Spring MVC: request mappings and adapters", r"HandlerMapping|HandlerAdapter|HandlerExceptionResolver"),
    ("Micrometer: registries, meter binders, observations", r"micrometer|prometheus|[Oo]bservation"),
    ("the actuator: endpoints and health", r"boot/actuate|boot/health"),
    ("the emulator's own beans", r"taurusdbhtapmock/(?!TaurusHtapEmulatorApplication)"),
    ("the started and ready events", r"SpringApplicationRunListeners\.(started|ready)|finishRefresh|callRunners"),
    ("other beans: the bean factory's own work", r"preInstantiateSingletons|AbstractBeanFactory\.getBean"),
    ("the context's set-up: the generated bean definitions, post-processors",
     r"invokeBeanFactoryPostProcessors|registerBeanPostProcessors|ApplicationContextInitializer|prepareContext|createApplicationContext"),
    ("the rest of main()", r"TaurusHtapEmulatorApplication\.main"),
]


def main(path):
    threads = collections.Counter()
    phases = collections.Counter()
    compiled = [(name, re.compile(rx) if rx else None) for name, rx in PHASES]
    for line in open(path):
        if not line.strip():
            continue
        stack, count = line.rsplit(" ", 1)
        count = int(count)
        frames = stack.split(";")
        thread = re.sub(r"( tid=\d+)?\]$", "", frames[0].lstrip("["))
        thread = re.sub(r"[-#]?\d+$", "", thread).strip()
        threads[thread] += count
        if thread != "DestroyJavaVM":
            continue
        joined = ";".join(frames[1:])
        phase = PHASES[0][0] if "TaurusHtapEmulatorApplication.main" not in joined else None
        if phase is None:
            for name, rx in compiled[1:]:
                if rx.search(joined):
                    phase = name
                    break
        phases[phase] += count
    total = sum(threads.values())
    main_total = threads["DestroyJavaVM"]
    print(f"CPU by thread, ms (all threads: {total})")
    print()
    print("| thread | ms |")
    print("|---|---|")
    for name, ms in threads.most_common(8):
        print(f"| {'main' if name == 'DestroyJavaVM' else name} | {ms} |")
    print()
    print(f"The main thread by phase, ms (all: {main_total})")
    print()
    print("| phase | ms | share |")
    print("|---|---|---|")
    for name, _ in PHASES:
        if phases[name]:
            print(f"| {name} | {phases[name]} | {100 * phases[name] / main_total:.0f} % |")


if __name__ == "__main__":
    main(sys.argv[1])
