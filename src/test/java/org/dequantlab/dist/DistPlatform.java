package org.dequantlab.dist;

import java.util.List;

/**
 * A platform of the downloads, as the tests expect it: the zip's name, the classifiers of its JavaFX and
 * JavaCPP (ND4J, OpenBLAS) jars, its launchers and the binary format and CPU of its native libraries.
 */
enum DistPlatform {
    LINUX_X86_64("linux-x86_64", "linux", "linux-x86_64", List.of("dequantlab"), Format.ELF, Cpu.X86_64),
    LINUX_AARCH64("linux-aarch64", "linux-aarch64", "linux-arm64", List.of("dequantlab"), Format.ELF, Cpu.ARM64),
    MAC_X86_64("mac-x86_64", "mac", "macosx-x86_64", List.of("dequantlab", "DequantLab.command"), Format.MACH_O,
            Cpu.X86_64),
    MAC_AARCH64("mac-aarch64", "mac-aarch64", "macosx-arm64", List.of("dequantlab", "DequantLab.command"),
            Format.MACH_O, Cpu.ARM64),
    WIN_X86_64("win-x86_64", "win", "windows-x86_64", List.of("dequantlab.cmd"), Format.PE, Cpu.X86_64);

    enum Format { ELF, MACH_O, PE }

    enum Cpu { X86_64, ARM64 }

    final String id;
    final String fxClassifier;
    final String cppClassifier;
    final List<String> launchers;
    final Format format;
    final Cpu cpu;

    DistPlatform(String id, String fx, String cpp, List<String> launchers, Format format, Cpu cpu) {
        this.id = id;
        this.fxClassifier = fx;
        this.cppClassifier = cpp;
        this.launchers = launchers;
        this.format = format;
        this.cpu = cpu;
    }

    /** The classifier of this platform in the family of {@code classifier} (JavaFX or JavaCPP). */
    String sameFamily(String classifier) {
        for (DistPlatform p : values()) {
            if (p.fxClassifier.equals(classifier)) {
                return fxClassifier;
            }
            if (p.cppClassifier.equals(classifier)) {
                return cppClassifier;
            }
        }
        throw new IllegalArgumentException("not a platform classifier: " + classifier);
    }

    /** The classifier that ends {@code jarName}, of any platform (longest match), or null. */
    static String classifierOf(String jarName) {
        String best = null;
        for (DistPlatform p : values()) {
            for (String c : List.of(p.fxClassifier, p.cppClassifier)) {
                if (jarName.endsWith("-" + c + ".jar") && (best == null || c.length() > best.length())) {
                    best = c;
                }
            }
        }
        return best;
    }
}
