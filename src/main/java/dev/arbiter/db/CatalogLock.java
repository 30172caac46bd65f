package dev.arbiter.db;

import jakarta.persistence.EntityManager;

/**
 * The advisory lock that makes catalog writes (problems, their versions, problem sets) one at a time across every
 * node, held until the writing transaction ends: nodes starting together load the same catalog, and whoever comes
 * second finds it current instead of inserting the same rows again.
 */
public final class CatalogLock {

    private static final long KEY = 0x4172_6269_7465_7202L;

    private CatalogLock() {
    }

    /** Waits for and takes the lock in the caller's transaction. */
    public static void hold(EntityManager em) {
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(?1)").setParameter(1, KEY).getSingleResult();
    }
}
