package io.canale;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Canale backend: GraphQL API, authorization server and resource server in one process. */
@SpringBootApplication
@EnableScheduling
public class CanaleApplication {

    public static void main(String[] args) {
        SpringApplication.run(CanaleApplication.class, args);
    }
}
