package io.ledgerlint.report.web;

import io.ledgerlint.report.persistence.DocumentRecord;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.Interceptor;
import org.hibernate.type.Type;

/**
 * Publishes a document's state once the transaction that changed it commits. Hooked into Hibernate's flush, where
 * every applied pipeline event ends up, so each way of changing a document is covered and a rolled-back event
 * (redelivered later) is never announced.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class DocumentChangeInterceptor implements Interceptor {

    private final TransactionSynchronizationRegistry transactions;
    private final StatusChanges changes;

    public DocumentChangeInterceptor(TransactionSynchronizationRegistry transactions, StatusChanges changes) {
        this.transactions = transactions;
        this.changes = changes;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] currentState, Object[] previousState,
            String[] propertyNames, Type[] types) {
        if (entity instanceof DocumentRecord document) {
            announceAfterCommit(document);
        }
        return false;
    }

    private void announceAfterCommit(DocumentRecord document) {
        String key = DocumentChangeInterceptor.class.getName() + ":" + document.documentId;
        if (transactions.getResource(key) != null) {
            return; // a second flush in the same transaction: already registered
        }
        transactions.putResource(key, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    changes.publish(new StatusChange(document.documentId, document.filename, document.status,
                            document.department, document.reportYear, document.updatedAt));
                }
            }
        });
    }
}
