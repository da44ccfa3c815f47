package org.directivetracker.api.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The content types accepted as evidence, recognised by the file's bytes, never by its name alone: photos (JPEG, PNG,
 * WebP, HEIC), PDF, and office documents (Word, Excel, PowerPoint, OpenDocument). A ZIP is an office document only
 * when its entries say so; the name's extension only tells the old binary Office formats apart, which share one
 * signature.
 */
final class FileTypes {

    static final String JPEG = "image/jpeg";
    static final String PDF = "application/pdf";

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] OLE2_SIGNATURE = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1,
            (byte) 0xb1, 0x1a, (byte) 0xe1};
    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "mif1", "msf1", "heim", "heis");

    private FileTypes() {
    }

    /** The content type of an accepted file, or empty when the content is of no accepted type. */
    static Optional<String> detect(byte[] content, String fileName) {
        if (startsWith(content, 0, new byte[]{(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 0, PNG_SIGNATURE)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, 0, ascii("RIFF")) && startsWith(content, 8, ascii("WEBP"))) {
            return Optional.of("image/webp");
        }
        if (startsWith(content, 4, ascii("ftyp")) && content.length >= 12
            && HEIF_BRANDS.contains(new String(content, 8, 4, StandardCharsets.US_ASCII))) {
            return Optional.of("image/heic");
        }
        if (startsWith(content, 0, ascii("%PDF-"))) {
            return Optional.of(PDF);
        }
        if (startsWith(content, 0, new byte[]{'P', 'K', 3, 4})) {
            return officeArchive(content);
        }
        if (startsWith(content, 0, OLE2_SIGNATURE)) {
            return legacyOffice(fileName);
        }
        return Optional.empty();
    }

    /** Word, Excel and PowerPoint files (OOXML) and OpenDocument files are ZIPs with known entries. */
    private static Optional<String> officeArchive(byte[] content) {
        Set<String> names = new HashSet<>();
        String openDocumentType = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                if (entry.getName().equals("mimetype")) {
                    openDocumentType = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // not a readable ZIP: of no accepted type
        }
        if (openDocumentType != null && openDocumentType.startsWith("application/vnd.oasis.opendocument.")) {
            return Optional.of(openDocumentType);
        }
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (names.stream().anyMatch(name -> name.startsWith("word/"))) {
            return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        }
        if (names.stream().anyMatch(name -> name.startsWith("xl/"))) {
            return Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
        if (names.stream().anyMatch(name -> name.startsWith("ppt/"))) {
            return Optional.of("application/vnd.openxmlformats-officedocument.presentationml.presentation");
        }
        return Optional.empty();
    }

    private static Optional<String> legacyOffice(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".doc")) {
            return Optional.of("application/msword");
        }
        if (name.endsWith(".xls")) {
            return Optional.of("application/vnd.ms-excel");
        }
        if (name.endsWith(".ppt")) {
            return Optional.of("application/vnd.ms-powerpoint");
        }
        return Optional.empty();
    }

    static boolean isImage(String contentType) {
        return contentType.startsWith("image/");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
        return content.length >= offset + prefix.length
               && Arrays.equals(content, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
