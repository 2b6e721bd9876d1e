# Build from the repository root: docker build -f infra/portal.Dockerfile .
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests -pl portal-ui -am install

FROM eclipse-temurin:25-jre
RUN useradd --system canale
USER canale
COPY --from=build /src/portal-ui/target/canale-portal-ui-0.1.0-SNAPSHOT.jar /app/canale-portal.jar
EXPOSE 8081
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/canale-portal.jar"]
