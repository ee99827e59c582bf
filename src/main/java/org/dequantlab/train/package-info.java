/**
 * Training: one method's run, the lock-step session, the threaded trainer that publishes immutable
 * snapshots (latest wins), and the bounded history.
 */
package org.dequantlab.train;
