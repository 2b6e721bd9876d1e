# Build from the repository root: docker build -f infra/backend.Dockerfile .
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests -pl schema,backend -am install

FROM eclipse-temurin:25-jre
RUN useradd --system canale
USER canale
COPY --from=build /src/backend/target/canale-backend-0.1.0-SNAPSHOT-exec.jar /app/canale-backend.jar
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/canale-backend.jar"]
