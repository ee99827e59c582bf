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

/**
 * Decodes a GIF with ImageIO for tests: frames as a viewer shows them (each frame's rectangle drawn
 * over the previous picture, transparent pixels keeping it: disposal "none"), per-frame delays and
 * the NETSCAPE2.0 loop count.
 */
final class GifInspector {
    final int frames;
    final List<BufferedImage> images = new ArrayList<>();
    final List<Integer> delays = new ArrayList<>();
    final List<String> disposals = new ArrayList<>();
    /** The logical screen size. */
    int width;
    int height;
    /** Loop count from the NETSCAPE2.0 extension, or null if there is none. */
    Integer loopCount;

    GifInspector(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in, false);
            frames = reader.getNumImages(true);
            IIOMetadataNode stream = (IIOMetadataNode) reader.getStreamMetadata()
                    .getAsTree("javax_imageio_gif_stream_1.0");
            IIOMetadataNode screen = (IIOMetadataNode) stream.getElementsByTagName("LogicalScreenDescriptor").item(0);
            width = Integer.parseInt(screen.getAttribute("logicalScreenWidth"));
            height = Integer.parseInt(screen.getAttribute("logicalScreenHeight"));
            BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            for (int i = 0; i < frames; i++) {
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i)
                        .getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode d = (IIOMetadataNode) root.getElementsByTagName("ImageDescriptor").item(0);
                java.awt.Graphics2D g = canvas.createGraphics();
                g.drawImage(reader.read(i), Integer.parseInt(d.getAttribute("imageLeftPosition")),
                        Integer.parseInt(d.getAttribute("imageTopPosition")), null);
                g.dispose();
                BufferedImage shown = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
                shown.setData(canvas.getData());
                images.add(shown);
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
