package org.directivetracker.api.evidence;

import org.directivetracker.core.api.value.EvidenceFile;

/** The name an uploaded file is recorded under: the sender's, without any folder, control character or excess. */
final class FileNames {

    private static final String UNNAMED = "tep-dinh-kem";

    private FileNames() {
    }

    static String clean(String sent) {
        if (sent == null) {
            return UNNAMED;
        }
        // browsers on Windows may send "C:\fakepath\name"; only the last part is the file's name
        String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return UNNAMED;
        }
        int max = EvidenceFile.MAX_NAME_LENGTH;
        return name.codePointCount(0, name.length()) <= max ? name
                : name.substring(0, name.offsetByCodePoints(0, max));
    }
}
