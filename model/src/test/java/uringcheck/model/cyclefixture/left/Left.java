package uringcheck.model.cyclefixture.left;

import uringcheck.model.cyclefixture.right.Right;

/** One half of a deliberate package cycle: {@code left -> right}. */
public final class Left {

    private Left() {
    }

    /** Uses {@link Right}, whose package uses this one. */
    public static int depth() {
        return Right.depth() + 1;
    }

    /** The base case {@link Right} calls back into. */
    public static int base() {
        return 0;
    }
}
