# taurusdb-htap-mock as a container image.
#
#   docker build -t taurusdb-htap-mock .
#   docker run --rm -p 8080:8080 taurusdb-htap-mock
#
# Configuration is by environment variables only (docs/configuration.md): SERVER_PORT, EMULATOR_TOPOLOGY_*,
# SPRING_CONFIG_ADDITIONAL_LOCATION for a mounted topology file, JAVA_TOOL_OPTIONS for the JVM.

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

# ---- run: a JRE, a non-root user, the jar in layers --------------------------------------------------
FROM eclipse-temurin:25-jre
# /data: where EMULATOR_PERSISTENCE_DATADIR=/data keeps state, on a volume (docs/configuration.md).
RUN groupadd --system emulator && useradd --system --gid emulator --home-dir /app --no-create-home emulator \
 && mkdir /data && chown emulator:emulator /data
WORKDIR /app

# From the least to the most often changed: a code change rebuilds only the application layer (~400 KB)
# and the startup cache below.
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./

# The shipped JVM options (docs/performance.md): the serial collector, the least work and memory on the one
# or two cores a CI job has; a heap cap a mock needs (~600 bytes per stored task: 512 MB is room for hundreds of
# thousands); a small young generation, so that memory stays low; and an exit on OutOfMemoryError, since a JVM
# whose heap ran out may live on with dead server threads, answering nothing, where a container restarts one that
# exited. In JAVA_TOOL_OPTIONS rather than in the
# ENTRYPOINT, so that `docker run -e JAVA_TOOL_OPTIONS=...` replaces them instead of losing to them.
# Keep equal to scripts/start-fast.sh.
ENV JAVA_TOOL_OPTIONS="-XX:+UseSerialGC -Xmx512m -Xmn64m -XX:+ExitOnOutOfMemoryError"

# Java 25 ahead-of-time cache (JEP 483/514): a training run that serves every operation and the common errors,
# then exits and writes the classes it loaded and linked; the emulator then starts in about half the time. The
# training script leaves the JIT's method profiles out of the cache: they made the first half minute of creates
# two to three times slower (docs/performance.md).
COPY scripts/docker/train-startup-cache.sh /tmp/
RUN sh /tmp/train-startup-cache.sh 8099 java -XX:AOTCacheOutput=app.aot -jar application.jar >/tmp/training.log 2>&1 \
 || { tail -40 /tmp/training.log; exit 1; }; test -f app.aot && rm -f /tmp/training.log /tmp/train-startup-cache.sh

USER emulator
EXPOSE 8080
# Checks every 3 s (Docker 20.10 engines reject --start-interval, so the interval itself is short).
HEALTHCHECK --interval=3s --timeout=2s --start-period=60s --retries=3 \
  CMD curl -fsS -o /dev/null "http://127.0.0.1:${SERVER_PORT:-8080}/actuator/health/readiness" || exit 1
ENTRYPOINT ["java", "-XX:AOTCache=app.aot", "-jar", "application.jar"]
