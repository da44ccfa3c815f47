package org.directivetracker.api.store;

import org.directivetracker.api.store.StorageConfiguration.StoreConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Ends the process when the embedded store closed itself (H2 does on a failed write to its file, e.g. when the heap
 * ran out): from then on every request would fail until a restart, while the health check shows the failure. Every
 * write that was answered is on disk; the service manager starts the process again and it opens the store anew.
 */
@Component
class StoreFailureExit {

    private static final Logger log = LoggerFactory.getLogger(StoreFailureExit.class);

    StoreFailureExit(StoreConnection connection, ConfigurableApplicationContext context, StorageProperties properties) {
        connection.onFailure(reason -> {
            if (!properties.store().exitOnFailure()) {
                log.error("the embedded store closed itself ({}); every request fails until the service is restarted", reason);
                return;
            }
            log.error("the embedded store closed itself ({}); the process ends so that it is started again "
                    + "(every write that was answered is on disk)", reason);
            // not on the keeper's thread: closing the context closes the store, which waits for that thread
            Thread exit = new Thread(() -> System.exit(SpringApplication.exit(context, () -> 1)), "store-failure-exit");
            exit.start();
        });
    }
}
