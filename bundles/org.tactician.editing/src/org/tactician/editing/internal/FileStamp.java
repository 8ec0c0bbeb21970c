package org.tactician.editing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * What a plan file looked like when a session last read or wrote it: its time stamp and size for
 * a cheap check, and a digest of its bytes to tell a real change from a mere touch.
 *
 * @param modified the last-modified time in milliseconds
 * @param size the size in bytes
 * @param digest the SHA-256 of the content
 */
public record FileStamp(long modified, long size, byte[] digest) {

    /** The stamp of {@code file} now; null when there is no such file. */
    public static FileStamp of(Path file) {
        try {
            long modified = Files.getLastModifiedTime(file).toMillis();
            long size = Files.size(file);
            return new FileStamp(modified, size, digestOf(file));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return new FileStamp(-1, -1, new byte[0]);
        }
    }

    /** Whether {@code file} still holds the content this stamp was taken of. */
    public boolean matches(Path file) {
        try {
            if (Files.getLastModifiedTime(file).toMillis() == modified && Files.size(file) == size) {
                return true;
            }
            return Files.size(file) == size && Arrays.equals(digest, digestOf(file));
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] digestOf(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256())) {
            MessageDigest digest = ((DigestInputStream) in).getMessageDigest();
            in.transferTo(OutputStream.nullOutputStream());
            return digest.digest();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Java without SHA-256", e); //$NON-NLS-1$
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FileStamp that && modified == that.modified && size == that.size
                && Arrays.equals(digest, that.digest);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(modified) * 31 + Arrays.hashCode(digest);
    }

    @Override
    public String toString() {
        return "FileStamp[" + modified + ", " + size + " bytes]"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
