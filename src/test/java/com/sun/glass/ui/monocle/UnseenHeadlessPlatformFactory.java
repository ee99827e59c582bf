package com.sun.glass.ui.monocle;

import java.nio.Buffer;
import java.nio.ByteBuffer;

/**
 * Monocle's headless platform for the window tests, with a screen that nobody looks at: windows are laid
 * out, rendered and sent to the screen as on {@code -Dmonocle.platform=Headless}, but the screen does not
 * compose their pixels into a frame buffer, which cost the FX thread a fifth of its time while a
 * test trained. Tests read pixels from {@code Node.snapshot}, never from the screen; a capture of the screen
 * fails loudly instead of returning an empty picture. Chosen with {@code -Dmonocle.platform=UnseenHeadless}
 * (Monocle looks up {@code com.sun.glass.ui.monocle.<name>PlatformFactory}, hence the package).
 */
final class UnseenHeadlessPlatformFactory extends NativePlatformFactory {
    @Override
    protected boolean matches() {
        return true;
    }

    @Override
    protected int getMajorVersion() {
        return 1;
    }

    @Override
    protected int getMinorVersion() {
        return 0;
    }

    @Override
    protected NativePlatform createNativePlatform() {
        return new HeadlessPlatform() {
            @Override
            protected NativeScreen createScreen() {
                return new UnseenScreen();
            }
        };
    }

    /** Monocle's headless screen (size from {@code headless.geometry}) without the frame buffer's pixels. */
    static final class UnseenScreen extends HeadlessScreen {
        @Override
        public void uploadPixels(Buffer b, int x, int y, int width, int height, float alpha) {
            // nobody sees this screen: the window's pixels are not composed into a frame buffer
        }

        @Override
        public ByteBuffer getScreenCapture() {
            throw new UnsupportedOperationException("the test screen keeps no pixels: read them from "
                    + "Node.snapshot, or run the test with -Dmonocle.platform=Headless");
        }
    }
}
