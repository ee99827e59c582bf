package org.dequantlab.ui;

import java.util.List;
import org.dequantlab.method.DequantMethod;
import org.dequantlab.method.Methods;

/**
 * The guided tour of the {@code blog} preset: the steps to stop at and what to watch for at each,
 * with the element to highlight. The figures quoted were measured on the blog run with the exact
 * estimator (seed of the preset); docs/maths.md §1.6 and §2 give the reasons.
 */
public final class GuidedTour {
    /** Where the highlight goes: an element on one method's panel, or the curves (method null). */
    public record Stop(long step, String title, String text, Explanations focus, DequantMethod method) {}

    public static final String PRESET = "blog";

    public static final List<Stop> STOPS = List.of(
            new Stop(0, "Step 0: everything starts at the prior",
                    "Both methods begin with their components on top of each other, close to the prior. The decoder "
                            + "strip is pale: z says little about x (decode accuracy about 52%). TRUFL's bands already "
                            + "leave the tails uncovered: the hatched ocean holds about 20% of the prior's mass. "
                            + "The loss is about 7 = 10·log 2, almost all of it reconstruction.",
                    Explanations.DECODER_STRIP, null),
            new Stop(150, "Step 150: separating costs KL",
                    "CatNF pushes its two logistics apart and makes them narrow, so the strip turns certain; every "
                            + "nat of Rec it saves costs KL, because a narrow logistic away from the prior is far "
                            + "from it. TRUFL has already cut the prior near z = 0: its inner band ends met, "
                            + "its strip is fully certain and its Rec is 0.",
                    Explanations.COMPONENT, Methods.CATNF),
            new Stop(600, "Step 600: TRUFL cuts the prior into halves",
                    "Each TRUFL band now holds about one half of the prior. A band holding mass b − a costs "
                            + "KL_x = −log(b − a) when μ = 0, s = 1, so halves cost log 2 each and decoding stays "
                            + "exact. CatNF has settled at its best compromise, a loss of about 1.36: twice TRUFL's.",
                    Explanations.TRUFL_BAND, Methods.TRUFL),
            new Stop(3000, "Step 3000: the ocean shrinks",
                    "The outer ends of TRUFL's bands walk out towards ±∞, so the ocean, the prior mass that no band "
                            + "covers, shrinks from about 20% to about 0.5%. It never vanishes completely: a = 0 and "
                            + "b = 1 are only reached as a limit, so a thin ocean of rejected samples stays.",
                    Explanations.OCEAN, Methods.TRUFL),
            new Stop(10000, "Step 10,000: the wobble at the end",
                    "TRUFL's loss sits just above the optimum λ_KL·H(p̃) = log 2 = 0.693 and keeps bouncing. At the "
                            + "optimum the loss has a kink: pushing a cut into the other band costs "
                            + "2·λ_rec·log 2 − λ_KL ≈ 12.9 per unit, pulling it back gains only λ_KL = 1, so first-order "
                            + "steps bounce across it (docs/maths.md §1.6, item 6). And any split into two halves is "
                            + "optimal, which is the blog's explanation. Tick 'log scale' to see the bounces.",
                    Explanations.CURVE_LOSS, null));

    private GuidedTour() {}
}
