package dev.storagelab.docker.image;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * Tells whether an ELF executable is statically linked: it asks for no program interpreter (no
 * {@code PT_INTERP} program header), so it runs in an image that holds nothing else.
 */
final class StaticBinary {

  private static final int PT_INTERP = 3;

  private StaticBinary() {}

  static boolean isStaticElf(Path file) {
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      byte[] ident = new byte[64];
      in.readFully(ident);
      if (ident[0] != 0x7f || ident[1] != 'E' || ident[2] != 'L' || ident[3] != 'F') {
        return false;
      }
      boolean is64 = ident[4] == 2;
      ByteBuffer header =
          ByteBuffer.wrap(ident)
              .order(ident[5] == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
      long phoff = is64 ? header.getLong(0x20) : Integer.toUnsignedLong(header.getInt(0x1C));
      int phentsize = Short.toUnsignedInt(header.getShort(is64 ? 0x36 : 0x2A));
      int phnum = Short.toUnsignedInt(header.getShort(is64 ? 0x38 : 0x2C));
      for (int i = 0; i < phnum; i++) {
        in.seek(phoff + (long) i * phentsize);
        byte[] type = new byte[4];
        in.readFully(type);
        if (ByteBuffer.wrap(type).order(header.order()).getInt() == PT_INTERP) {
          return false;
        }
      }
      return phnum > 0;
    } catch (IOException e) {
      return false;
    }
  }
}
