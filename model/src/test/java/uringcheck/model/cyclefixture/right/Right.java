package uringcheck.model.cyclefixture.right;

import uringcheck.model.cyclefixture.left.Left;

/** The other half of the deliberate package cycle: {@code right -> left}. */
public final class Right {

    private Right() {
    }

    /** Calls back into {@link Left}'s package. */
    public static int depth() {
        return Left.base() + 1;
    }
}
