package org.tactician.generators;

import java.nio.file.Path;

/**
 * One file written by a generator.
 *
 * @param format the format it is in
 * @param file where it was written, inside the output folder
 */
public record GeneratedArtifact(ArtifactFormat format, Path file) {
}
