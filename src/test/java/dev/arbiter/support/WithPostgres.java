package dev.arbiter.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers the embedded PostgreSQL for every @QuarkusTest in the module. */
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
public class WithPostgres {
}
