package org.dequantlab.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

/** Decodes a GIF with ImageIO for tests: frames, per-frame delays and the NETSCAPE2.0 loop count. */
final class GifInspector {
    final int frames;
    final List<BufferedImage> images = new ArrayList<>();
    final List<Integer> delays = new ArrayList<>();
    final List<String> disposals = new ArrayList<>();
    /** Loop count from the NETSCAPE2.0 extension, or null if there is none. */
    Integer loopCount;

    GifInspector(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in, false);
            frames = reader.getNumImages(true);
            for (int i = 0; i < frames; i++) {
                images.add(reader.read(i));
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i)
                        .getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode gce = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
                delays.add(gce == null ? null : Integer.valueOf(gce.getAttribute("delayTime")));
                disposals.add(gce == null ? null : gce.getAttribute("disposalMethod"));
                var apps = root.getElementsByTagName("ApplicationExtension");
                for (int a = 0; a < apps.getLength(); a++) {
                    IIOMetadataNode app = (IIOMetadataNode) apps.item(a);
                    if ("NETSCAPE".equals(app.getAttribute("applicationID"))
                            && "2.0".equals(app.getAttribute("authenticationCode"))) {
                        byte[] data = (byte[]) app.getUserObject();
                        loopCount = (data[1] & 0xFF) | (data[2] & 0xFF) << 8;
                    }
                }
            }
            reader.dispose();
        }
    }
}
