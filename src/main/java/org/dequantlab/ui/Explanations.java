package org.dequantlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dequantlab.config.Setting;
import org.dequantlab.config.Settings;

/**
 * The one catalogue of explanations: every element on the screen says what it is in one or two plain
 * sentences, with the formula where it helps (from docs/maths.md §1.4–§2.2 and §5). Used by the tooltips on
 * controls and metric labels, by the canvas hover ({@link CanvasHitTester}), the guided tour and the
 * Help panel's second tab.
 */
public enum Explanations {
    // ------------------------------------------------------------- the panels
    PANEL(Group.PICTURE, "Density panel",
            "One panel per method, on fixed axes: the latent value z across, density up. Each category x has an "
                    + "encoder q(z|x) that says where its z lands; the prior is what the model samples from."),
    PLANE(Group.PICTURE, "2-D panel",
            "A latent z = (z₁, z₂): each point is tinted by the categories' shares p̃(x)·q(z|x), i.e. by p(x|z), and "
                    + "is darker where the aggregate q(z) is larger. Dotted outlines are the supports, thin dark lines "
                    + "where the decoded category changes, hatching the ocean (docs/maths.md §7)."),
    COMPONENT(Group.PICTURE, "Component density q(z|x)",
            "Where the encoder puts z for category x, drawn weighted as p̃(x)·q(z|x) so the components stack up to "
                    + "the aggregate. CatNF: q(z|x) = Logistic(μ_x, s_x)."),
    PRIOR(Group.PICTURE, "Prior p(z)",
            "The fixed standard logistic the model draws z from: p(z) = σ(z)·σ(−z) (dashed grey). The KL term "
                    + "pulls every component towards it."),
    AGGREGATE(Group.PICTURE, "Aggregate posterior q(z)",
            "All components together: q(z) = Σ_x p̃(x)·q(z|x). The loss is optimal only when q(z) equals the prior "
                    + "and the components do not overlap (docs/maths.md §2.1)."),
    TRUFL_BAND(Group.PICTURE, "TRUFL band",
            "The support of TRUFL's q(z|x): a logistic truncated to (a, b) in its own CDF space, "
                    + "z = μ + s·logit(u) with u uniform on (a, b). Outside its band a category has zero density."),
    BAND_END(Group.PICTURE, "Band end",
            "Where a TRUFL support stops: z = μ + s·logit(a) or μ + s·logit(b). The exact gradient includes the "
                    + "boundary term that the naive Monte Carlo estimator misses (docs/maths.md §1.6)."),
    ORTHANT(Group.PICTURE, "Argmax orthant",
            "Argmax puts category x on its own side of z = 0 (its sign bit): z = ±softplus(u). The halves are fixed, "
                    + "each with prior mass ½, so decoding is exact (Rec = 0) but skewed data pays KL "
                    + "(docs/maths.md §3)."),
    ORTHANT_WALL(Group.PICTURE, "Orthant wall",
            "z = 0, where Argmax's sign decoder switches category. It never moves: only a learned prior location "
                    + "can change how much prior mass each side holds."),
    VORONOI_CELL(Group.PICTURE, "Voronoi cell",
            "The region nearest to category x's anchor in w = 2σ(z) − 1, where the prior is uniform; q(z|x) lives "
                    + "only there, so decoding is exact. Its prior mass is |cell|/2 (docs/maths.md §4)."),
    CELL_WALL(Group.PICTURE, "Cell wall",
            "Half-way between two neighbouring anchors in w: the cut in z where the nearest anchor changes. It moves "
                    + "with the anchors, but samples never cross it, so there are no boundary terms."),
    ANCHOR(Group.PICTURE, "Anchor",
            "Category x's Voronoi anchor, drawn at its z on the axis and in the w ruler. Cells run between the "
                    + "midpoints of neighbouring anchors, so anchors keep their order along the axis."),
    W_RULER(Group.PICTURE, "The box w = 2σ(z) − 1",
            "Voronoi's own coordinate: the prior is uniform on (−1, 1) there, so a cell's width is twice its "
                    + "prior mass. Anchors are diamonds, midpoints are ticks, guides lead to the cuts in z."),
    OCEAN(Group.PICTURE, "Ocean",
            "Latent values that no band covers (hatched). A z drawn from the prior there cannot be decoded and is "
                    + "rejected; its prior mass 1 − P(S) is the rejection rate (docs/maths.md §1.7)."),
    DECODER_STRIP(Group.PICTURE, "Decoder strip",
            "The category the decoder reads at each z: argmax_x p(x|z), with "
                    + "p(x|z) = p̃(x)q(z|x) / Σ_x' p̃(x')q(z|x'). Full colour means certain."),
    UNCERTAINTY(Group.PICTURE, "Uncertain decoding",
            "A pale strip: components overlap here, so the decoder is unsure and its confidence max_x p(x|z) falls "
                    + "towards 1/K. Every uncertain z costs reconstruction loss."),
    IDEAL_PARTITION(Group.PICTURE, "Ideal partition",
            "TRUFL's optimum (dotted green): μ = 0, s = 1 and bands that cut the prior at "
                    + "z = logit(p̃(0) + … + p̃(x)), each holding prior mass p̃(x). Then Rec = 0 and L = λ_KL·H(p̃)."),
    PREVIOUS_STEP(Group.PICTURE, "Previous step (slow motion)",
            "Faint dashed lines are the components one step earlier; arrows show how far each band end moved in "
                    + "that step, and Δloss how much the loss changed."),
    HEADER(Group.PICTURE, "Step counter and weighting",
            "How many gradient steps the run has taken, and the weighting λ_rec : λ_KL. The blog uses 10 : 1, so "
                    + "reconstruction counts ten times as much as KL."),
    LEGEND(Group.PICTURE, "Legend",
            "One colour per category x, the same in the bands, the curves, the strip and the metrics; the prior is "
                    + "dashed grey, the aggregate thin and dark."),
    // ------------------------------------------------------------- the curves
    CURVE_LOSS(Group.CURVES, "Loss curve",
            "The weighted loss L = Σ_x p̃(x)·(λ_rec·Rec_x + λ_KL·KL_x) over steps. CatNF solid, TRUFL dashed."),
    CURVE_REC(Group.CURVES, "Rec curve",
            "Reconstruction Rec = Σ_x p̃(x)·E_q[−log p(x|z)]: nats lost decoding z back to x. 0 means every z "
                    + "decodes to its own category."),
    CURVE_KL(Group.CURVES, "KL curve",
            "KL = Σ_x p̃(x)·E_q[log q(z|x) − log p(z)]: the price of moving components away from the prior. At "
                    + "TRUFL's optimum KL_x = −log p̃(x)."),
    OPTIMUM_LINE(Group.CURVES, "Optimum line min(λ_rec, λ_KL)·H(p̃)",
            "No method can do better: L ≥ min(λ_rec, λ_KL)·H(p̃) (docs/maths.md §2.1). TRUFL reaches it, CatNF "
                    + "cannot split a logistic prior; a thinner line marks a method's own optimum where it is "
                    + "higher (Argmax's fixed halves on skewed data)."),
    CHANGE_MARKER(Group.CURVES, "Change marker",
            "A live setting changed at this step (weights, learning rate, estimator, …); the label says what."),
    KL_ANNEALING(Group.CURVES, "KL annealing",
            "Over the shaded steps λ_KL ramps from 0 to its value, so the encoders first learn to be decodable "
                    + "before the KL term pulls them back (Bowman et al. 2016)."),
    FREE_BITS(Group.CURVES, "Free bits",
            "A floor per category: the loss uses max(λ_fb, KL_x), so KL below the line is free and the encoder is "
                    + "not pushed under it (Kingma et al. 2016)."),
    // ------------------------------------------------------------- the metrics
    M_LOSS(Group.METRICS, "loss", "The weighted training loss L = λ_rec·Rec + λ_KL·KL (docs/maths.md §1.5). "
            + "Lower is better; the floor is min(λ_rec, λ_KL)·H(p̃)."),
    M_OWN_OPTIMUM(Group.METRICS, "own optimum", "The method's own best loss where a closed form exists: Argmax's "
            + "λ_KL·[H(p̃) + KL(p̃‖π)] for its fixed halves, Voronoi's λ_KL·H(p̃) for uniform cells; — where none is known."),
    M_ELBO(Group.METRICS, "ELBO", "The evidence lower bound, ELBO = −(Rec + KL) ≤ log p(x). It is tight only when the "
            + "aggregate q(z) equals the prior."),
    M_LOG_P(Group.METRICS, "log p(x)", "The model's exact log-likelihood by quadrature, log ∫ p(z)·p(x|z) dz, "
            + "averaged over p̃. Its gap to the ELBO is KL(q(z|x) ‖ p(z|x))."),
    M_IWAE(Group.METRICS, "IWAE (est.)", "An estimate of the importance-weighted bound with M = 16 samples, "
            + "log (1/M) Σ_m p(z_m)p(x|z_m)/q(z_m|x), averaged over 32 seeded repeats. Its expectation lies between "
            + "the ELBO and log p(x); the value shown is kept inside them."),
    M_IWAE_ERROR(Group.METRICS, "IWAE ± s.e.", "The standard error of the IWAE estimate over its 32 repeats: "
            + "differences smaller than this are noise."),
    M_REC(Group.METRICS, "Rec", "Reconstruction, Σ_x p̃(x)·E_q[−log p(x|z)] = H(p̃) − I(x;z) for this decoder. "
            + "0 means decoding is exact."),
    M_KL(Group.METRICS, "KL", "Σ_x p̃(x)·KL(q(z|x) ‖ p(z)) = I(x;z) + KL(q(z) ‖ p(z)): information about x "
            + "plus the aggregate's mismatch with the prior."),
    M_KL_PER_CATEGORY(Group.METRICS, "KL x=…", "KL(q(z|x) ‖ p(z)) for one category, in its colour. At TRUFL's "
            + "optimum it is −log p̃(x) (log 2 = 0.693 for two equal categories)."),
    M_DECODE_ACCURACY(Group.METRICS, "decode accuracy", "How often z ~ q(z|x) decodes back to x by argmax p(x'|z), "
            + "weighted by p̃. 1 = lossless; collapse gives max p̃."),
    M_MUTUAL_INFORMATION(Group.METRICS, "mutual information", "I(x;z) = H(p̃) − Rec: how many nats z carries about "
            + "x. 0 is posterior collapse, H(p̃) is lossless."),
    M_OCEAN_MASS(Group.METRICS, "ocean mass", "The prior mass no band covers, 1 − P(S): the rejection rate when "
            + "sampling, 1/P(S) prior draws per sample. CatNF has none."),
    // ------------------------------------------------------------- the controls
    C_PLAY(Group.CONTROLS, "Play / pause", "Trains continuously at the chosen speed until the stop step (Space)."),
    C_STEP(Group.CONTROLS, "Step", "Takes exactly 1, 10 or 100 gradient steps and pauses (→ for one). One at a "
            + "time shows what changed in slow motion."),
    C_RESET(Group.CONTROLS, "Reset", "Back to step 0 with the same seed: the same initial picture (R)."),
    C_NEW_SEED(Group.CONTROLS, "New seed", "Back to step 0 with a new random initialisation."),
    C_SPEED(Group.CONTROLS, "Speed", "Steps per second (+ / −). At 5 steps/s or slower each step's change is "
            + "highlighted."),
    C_PRESET(Group.CONTROLS, "Preset", "Ready-made toys; 'blog' is the set-up of the seed blog post (K = 2, "
            + "uniform, 10 : 1)."),
    C_LOG_SCALE(Group.CONTROLS, "Log scale", "Shows the curves on a log axis, so small late changes stay visible."),
    C_AUTO_Y(Group.CONTROLS, "Automatic y-range", "The density axis follows the tallest curve in view (clipped peaks "
            + "are marked with ▲ otherwise); the curves' value axis fits the steps shown."),
    C_ZOOM(Group.CONTROLS, "Zoom and pan", "Mouse wheel over the panels or the curves zooms around the pointer "
            + "(Shift+wheel: the value axis); drag to pan; double-click or Reset zoom shows everything."),
    C_PLANE(Group.CONTROLS, "CDF square", "2-D runs: the prior's CDF square v = (F(z₁), F(z₂)) instead of the "
            + "z-plane. The prior is uniform there, so mass is area and a perfect partition tiles the square (key C)."),
    C_PANEL(Group.CONTROLS, "Side panel", "Shows or hides the metrics and settings on the right; below 1260 "
            + "pixels of width it starts hidden so the drawing keeps its size."),
    C_UNDO(Group.CONTROLS, "Undo / redo", "Edit → Undo (Ctrl+Z) takes back a live setting change or a new run "
            + "(preset, reset, new seed, K, p̃, opened file): the old run comes back exactly where it was."),
    C_PRESENT(Group.CONTROLS, "Presentation mode", "Full screen with large text for a projector; controls hide "
            + "until the pointer moves (P; Esc or P leaves)."),
    C_PRESENT_SCALE(Group.CONTROLS, "Presentation size", "How much larger text and lines are in presentation "
            + "mode, 100–250%."),
    C_TOUR(Group.CONTROLS, "Guided tour", "Five stops through the blog run, each saying what to watch for."),
    C_TOY(Group.CONTROLS, "Custom toy", "Drag the bars to set p̃(x) and choose K; the ideal cuts and the optimum "
            + "follow at once, Apply starts the new run."),
    C_IDEAL(Group.CONTROLS, "Ideal partition", "Marks the optimal cuts z = logit(cumulative p̃) on the panels of the "
            + "methods that move their cuts (TRUFL, Voronoi). 1-D runs only: in the plane every tiling of the prior's "
            + "CDF square (C) into areas p̃(x) is optimal, so there is no one partition to mark."),
    C_CHANGES(Group.CONTROLS, "Highlight changes", "In slow motion (≤ 5 steps/s or single steps) shows the previous "
            + "step faintly, arrows for moved band ends and Δloss."),
    C_HELP(Group.CONTROLS, "Help", "Shortcuts and this catalogue of explanations (H or ?).");

    /** Where an element lives, for the Help panel's sections. */
    public enum Group {
        PICTURE("The picture"), CURVES("The curves"), METRICS("The metrics"), CONTROLS("The controls");

        private final String title;

        Group(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private final Group group;
    private final String title;
    private final String text;

    Explanations(Group group, String title, String text) {
        this.group = group;
        this.title = title;
        this.text = text;
    }

    public Group group() {
        return group;
    }

    /** A short name, as shown above the explanation. */
    public String title() {
        return title;
    }

    /** One or two plain sentences. */
    public String text() {
        return text;
    }

    /** "Title: text", for tooltips. */
    public String tooltip() {
        return title + ": " + text;
    }

    /** The elements of one group, in catalogue order. */
    public static List<Explanations> of(Group g) {
        List<Explanations> out = new ArrayList<>();
        for (Explanations e : values()) {
            if (e.group == g) {
                out.add(e);
            }
        }
        return out;
    }

    /** The explanation of a metrics-table row by its label ("loss", "  KL x=1", "decode acc.", …), or null. */
    public static Explanations forMetricRow(String label) {
        String l = label.trim().toLowerCase(Locale.ROOT);
        if (l.startsWith("kl x=")) {
            return M_KL_PER_CATEGORY;
        }
        return switch (l) {
            case "loss" -> M_LOSS;
            case "elbo" -> M_ELBO;
            case "log p(x)" -> M_LOG_P;
            case "iwae", "iwae (est.)" -> M_IWAE;
            case "± s.e." -> M_IWAE_ERROR;
            case "own optimum" -> M_OWN_OPTIMUM;
            case "rec" -> M_REC;
            case "kl" -> M_KL;
            case "decode acc." -> M_DECODE_ACCURACY;
            case "mutual inf." -> M_MUTUAL_INFORMATION;
            case "ocean mass" -> M_OCEAN_MASS;
            default -> null;
        };
    }

    /** A title and its text, for a tooltip or a Help entry. */
    public record Explained(String title, String text) {
        /** "Title: text". */
        public String tooltip() {
            return title + ": " + text;
        }
    }

    /** This entry as a title and text. */
    public Explained explained() {
        return new Explained(title, text);
    }

    /**
     * The explanation of a control by its node id ("play", "edit-learningRate", "lambdaRec", …), or
     * null. Every setting's editor explains itself from the settings table, with what is allowed.
     */
    public static Explained forControl(String id) {
        if (id == null) {
            return null;
        }
        Setting<?> setting = Settings.byKey(id.startsWith("edit-") ? id.substring(5) : switch (id) {
            case "stopAt" -> "steps";
            case "toyK" -> "categories";
            case "toyValues" -> "dataDistribution";
            default -> id;
        });
        if (setting != null) {
            return new Explained(setting.label(), setting.explanation() + " Allowed: " + setting.allowed() + "; "
                    + (setting.live() ? "applies from the next step." : "a change starts a new run (asks first)."));
        }
        Explanations e = switch (id) {
            case "play" -> C_PLAY;
            case "step1", "step10", "step100" -> C_STEP;
            case "reset" -> C_RESET;
            case "newSeed" -> C_NEW_SEED;
            case "speed" -> C_SPEED;
            case "preset" -> C_PRESET;
            case "logScale" -> C_LOG_SCALE;
            case "autoY" -> C_AUTO_Y;
            case "cdfSquare" -> C_PLANE;
            case "resetView" -> C_ZOOM;
            case "sidePanelToggle" -> C_PANEL;
            case "present" -> C_PRESENT;
            case "presentScale" -> C_PRESENT_SCALE;
            case "tour" -> C_TOUR;
            case "toy" -> C_TOY;
            case "idealPartition" -> C_IDEAL;
            case "highlightChanges" -> C_CHANGES;
            case "helpButton" -> C_HELP;
            default -> null;
        };
        return e == null ? null : e.explained();
    }
}
