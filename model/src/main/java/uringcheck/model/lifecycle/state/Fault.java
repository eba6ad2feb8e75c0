package uringcheck.model.lifecycle.state;

import uringcheck.model.Obligation;

/**
 * A recorded breach of an obligation: the first one per obligation is kept, with a one-line message in
 * kernel vocabulary. The ALWAYS properties O1, O3-O9, O12, O13 check that none is recorded.
 */
public record Fault(Obligation obligation, String message) {
}
