# taurusdb-htap-mock as a container image.
#
#   docker build -t taurusdb-htap-mock .
#   docker run --rm -p 8080:8080 taurusdb-htap-mock
#
# Configuration is by environment variables only (docs/configuration.md): SERVER_PORT, EMULATOR_TOPOLOGY_*,
# SPRING_CONFIG_ADDITIONAL_LOCATION for a mounted topology file, JAVA_TOOL_OPTIONS for the JVM.

# ---- runtime: a Java runtime of only the modules the emulator uses -----------------------------------------
# The modules the emulator's jars refer to (`jdeps --print-module-deps` over the extracted jar), plus
# jdk.localedata for the Chinese replies of X-Language: zh-cn, java.logging, java.xml and jdk.zipfs; without
# the native libraries of AWT, fonts, images and sound, which java.desktop brings along but java.beans (all
# that Spring uses of it) does not need. A stage of its own, so that the build stage's Maven layers do not
# depend on it.
FROM eclipse-temurin:25-jdk AS runtime
# jlink copies the JDK's cacerts: where it is a link to a missing file (see the build stage), build it first
COPY scripts/docker/SystemTrustStore.java /tmp/
RUN keytool -list -cacerts -storepass changeit >/dev/null 2>&1 || java /tmp/SystemTrustStore.java
RUN jlink --add-modules java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.scripting,java.security.jgss,java.sql,java.xml,jdk.crypto.ec,jdk.jfr,jdk.localedata,jdk.management,jdk.unsupported,jdk.zipfs \
      --include-locales=en,zh --strip-java-debug-attributes --no-man-pages --no-header-files --compress=zip-9 \
      --exclude-files='regex:.*/lib/lib(awt.*|fontmanager|freetype|javajpeg|jsound|lcms|mlib_image|splashscreen)\.so' \
      --output /opt/runtime

# ---- build: the Maven wrapper on a JDK ------------------------------------------------------------------
FROM eclipse-temurin:25-jdk AS build
WORKDIR /build

# Maven needs the JDK's cacerts to download. The official images ship it; where a JDK links it to a missing
# /etc/ssl/certs/java/cacerts (distribution-packaged JDKs, the offline stand-ins), build it from the OS's CAs.
COPY scripts/docker/SystemTrustStore.java /tmp/
RUN keytool -list -cacerts -storepass changeit >/dev/null 2>&1 || java /tmp/SystemTrustStore.java

# Maven itself, every dependency and every plugin: one layer, rebuilt only when pom.xml or the wrapper change.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline

# The code. Tests are not built here: `./mvnw -B verify` runs them (.dockerignore leaves src/test out).
COPY src/main src/main
COPY src/contract src/contract
RUN ./mvnw -B -o -q package -Dmaven.test.skip=true \
 && java -Djarmode=tools -jar target/taurusdb-htap-mock-*.jar extract --layers --application-filename application.jar --destination /extracted

# ---- train: the startup cache, written by the runtime of the image for the jar at its place in the image --------
# Java 25's ahead-of-time cache (JEP 483/514): a training run that serves every operation and the common errors,
# then exits and writes the classes it loaded and linked; the emulator then starts in about half the time. It is
# made here, where curl is, with the image's own runtime and paths (a cache is used only with the JVM and the
# jars it was trained with: COPY keeps their times). The training script leaves the JIT's method profiles out
# of the cache: they made the first half minute of creates two to three times slower (docs/performance.md).
FROM eclipse-temurin:25-jdk AS train
COPY --from=runtime /opt/runtime /opt/runtime
WORKDIR /app
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
COPY scripts/docker/train-startup-cache.sh /tmp/
# The shipped JVM options (docs/performance.md), the same as the run stage's JAVA_TOOL_OPTIONS below.
ENV JAVA_TOOL_OPTIONS="-XX:+UseSerialGC -Xms128m -Xmx512m -Xmn64m -XX:+ExitOnOutOfMemoryError"
RUN sh /tmp/train-startup-cache.sh 8099 /opt/runtime/bin/java -XX:AOTCacheOutput=app.aot -jar application.jar >/tmp/training.log 2>&1 \
 || { tail -40 /tmp/training.log; exit 1; }; test -f app.aot

# ---- run: the runtime on a slim Debian, a non-root user, the jar in layers ---------------------------------
FROM debian:bookworm-slim
# /data: where EMULATOR_PERSISTENCE_DATADIR=/data keeps state, on a volume (docs/configuration.md).
RUN groupadd --system emulator && useradd --system --gid emulator --home-dir /app --no-create-home emulator \
 && mkdir /data && chown emulator:emulator /data
ENV JAVA_HOME=/opt/runtime PATH=/opt/runtime/bin:$PATH
COPY --from=train /opt/runtime /opt/runtime
WORKDIR /app

# From the least to the most often changed: a code change rebuilds only the application layer (~1 MB)
# and the startup cache below.
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
COPY --from=train /app/app.aot ./

# The shipped JVM options (docs/performance.md): the serial collector, the least work and memory on the one
# or two cores a CI job has; a heap cap a mock needs (~600 bytes per stored task: 512 MB is room for hundreds of
# thousands); a small young generation, so that memory stays low; and an exit on OutOfMemoryError, since a JVM
# whose heap ran out may live on with dead server threads, answering nothing, where a container restarts one that
# exited. In JAVA_TOOL_OPTIONS rather than in the
# ENTRYPOINT, so that `docker run -e JAVA_TOOL_OPTIONS=...` replaces them instead of losing to them.
# Keep equal to scripts/start-fast.sh.
ENV JAVA_TOOL_OPTIONS="-XX:+UseSerialGC -Xms128m -Xmx512m -Xmn64m -XX:+ExitOnOutOfMemoryError"

USER emulator
EXPOSE 8080
# The readiness probe over bash's /dev/tcp: the slim base has no curl, and a JVM per probe would cost more
# than the probe. Checks every 3 s (Docker 20.10 engines reject --start-interval, so the interval itself is short).
HEALTHCHECK --interval=3s --timeout=2s --start-period=60s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${SERVER_PORT:-8080} && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && read -r status <&3 && [[ $status == *' 200 '* ]]"]
# -XX:AOTMode=auto (the default): a cache that does not fit (another -jar path, a changed jar) is skipped, not fatal.
ENTRYPOINT ["java", "-XX:AOTCache=app.aot", "-jar", "application.jar"]
