package org.dequantlab.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.dequantlab.method.Methods;
import org.dequantlab.sampling.LatentSample;
import org.dequantlab.train.Snapshot;
import org.junit.jupiter.api.Test;

/** Samples in Overlays are drawn by the one renderer: accepted in their category colour at zToX(z), rejected grey. */
class SampleLayerTest {
    private static final int W = 1200, H = 700;
    private final RenderOptions options = new RenderOptions(List.of(Methods.CATNF, Methods.TRUFL), false, false, 1.0,
            true, 0.6);

    private BufferedImage render(Frame frame) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        new SnapshotRenderer().draw(g, W, H, frame, options);
        g.dispose();
        return img;
    }

    @Test
    void acceptedSampleIsDrawnInItsCategoryColourWhereItsZIs() {
        Snapshot s = KnownSnapshots.twoCategories();
        LatentSample accepted = new LatentSample(2.0, true, 1); // inside TRUFL's support of x=1
        LatentSample rejected = new LatentSample(0.0, false, -1); // in the ocean between the supports
        Frame plain = new Frame(s, List.of(), List.of());
        Frame withSamples = plain.withOverlays(new Overlays(null, Map.of(Methods.TRUFL, List.of(accepted, rejected)),
                false));
        BufferedImage a = render(plain), b = render(withSamples);
        PanelGeometry p = RenderLayout.of(W, H, options).panels().get(1);
        int x = (int) Math.floor(p.zToX(accepted.z()));
        int y = (int) Math.floor(SampleLayer.landingY(p, accepted, 1.0));
        assertTrue(y > p.plotY() && y < p.baseY(), "lands inside the plot, above the strip");
        assertTrue(p.baseY() - y <= SampleLayer.bandHeight(p, 1.0), "in the landing band just above the strip");
        assertEquals(CategoryPalette.color(1).getRGB(), b.getRGB(x, y), "category colour at zToX(z)");
        assertNotEquals(CategoryPalette.color(1).getRGB(), a.getRGB(x, y), "not there without the sample");

        int rx = (int) Math.round(p.zToX(rejected.z()));
        int ry = (int) Math.round(SampleLayer.landingY(p, rejected, 1.0));
        Color c = new Color(b.getRGB(rx, ry));
        assertTrue(Math.abs(c.getRed() - c.getGreen()) < 12 && Math.abs(c.getGreen() - c.getBlue()) < 12
                && c.getRed() < 200, "a grey cross at the rejected point: " + c);
        // the CatNF panel shows no samples: unchanged
        PanelGeometry q = RenderLayout.of(W, H, options).panels().get(0);
        int qx = (int) Math.floor(q.zToX(accepted.z()));
        assertEquals(a.getRGB(qx, y), b.getRGB(qx, y));
    }
}
