package org.dequantlab.dist;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Reads the binary format and CPU of a native library from its first bytes: ELF (e_machine), Mach-O
 * (cputype; a universal binary lists each of its CPUs) or PE (the COFF machine field).
 */
final class NativeBinary {
    /** Bytes to read: enough for a PE header after a DOS stub. */
    static final int HEAD = 1024;

    private NativeBinary() {}

    /** Whether a jar entry is a native library, by name. */
    static boolean isNativeLibrary(String entry) {
        String n = entry.substring(entry.lastIndexOf('/') + 1);
        return n.endsWith(".so") || n.matches(".*\\.so(\\.[0-9]+)+") || n.endsWith(".dylib") || n.endsWith(".jnilib")
                || n.endsWith(".dll");
    }

    /** Whether {@code head} is a library of {@code format} built for {@code cpu}. */
    static boolean matches(byte[] head, int length, DistPlatform.Format format, DistPlatform.Cpu cpu) {
        ByteBuffer le = ByteBuffer.wrap(head, 0, length).order(ByteOrder.LITTLE_ENDIAN);
        switch (format) {
            case ELF:
                if (length < 20 || head[0] != 0x7F || head[1] != 'E' || head[2] != 'L' || head[3] != 'F') {
                    return false;
                }
                int machine = le.getShort(18) & 0xFFFF;
                return cpu == DistPlatform.Cpu.X86_64 ? machine == 0x3E : machine == 0xB7;
            case MACH_O:
                int want = cpu == DistPlatform.Cpu.X86_64 ? 0x01000007 : 0x0100000C;
                if (length >= 8 && le.getInt(0) == 0xFEEDFACF) {
                    return le.getInt(4) == want;
                }
                ByteBuffer be = ByteBuffer.wrap(head, 0, length).order(ByteOrder.BIG_ENDIAN);
                if (length >= 8 && be.getInt(0) == 0xCAFEBABE) { // universal: count, then 20-byte arch records
                    int n = be.getInt(4);
                    for (int i = 0; i < n && 8 + 20 * i + 4 <= length; i++) {
                        if (be.getInt(8 + 20 * i) == want) {
                            return true;
                        }
                    }
                }
                return false;
            case PE:
                if (length < 0x40 || head[0] != 'M' || head[1] != 'Z') {
                    return false;
                }
                int pe = le.getInt(0x3C);
                if (pe < 0 || pe + 6 > length || head[pe] != 'P' || head[pe + 1] != 'E') {
                    return false;
                }
                int coff = le.getShort(pe + 4) & 0xFFFF;
                return cpu == DistPlatform.Cpu.X86_64 ? coff == 0x8664 : coff == 0xAA64;
            default:
                return false;
        }
    }
}
