package dev.arbiter.account;

import dev.arbiter.common.ApiException;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Makes the configured first admin at start-up (created once, promoted if the account exists). */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    private final AdminConfig config;
    private final AdminService admin;

    public AdminBootstrap(AdminConfig config, AdminService admin) {
        this.config = config;
        this.admin = admin;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.email().isEmpty()) return;
        try {
            AdminService.Outcome outcome = admin.ensureAdmin(config.email().get(), config.password().orElse(null));
            LOG.infof("Admin %s: %s", config.email().get(), outcome.name().toLowerCase().replace('_', ' '));
        } catch (ApiException e) {
            // a bad setting must not keep the platform from starting; it is said loudly instead
            LOG.errorf("ARBITER_ADMIN_EMAIL is set but no admin was made: %s", e.getMessage());
        }
    }
}
