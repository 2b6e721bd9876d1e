package io.canale.shared.web;

import io.canale.shared.InvalidInputException;
import io.canale.shared.UserErrorCode;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Reads an upload only when asked. Multipart bodies are parsed lazily ({@code resolve-lazily}), and an endpoint
 * that takes the request instead of a {@code MultipartFile} argument decides who may upload before a byte of the
 * body is read; asking for the file (or for any parameter) is what reads it.
 */
public final class Uploads {

    private Uploads() {
    }

    /** The non-empty file in the multipart field {@code name}; refused as REQUIRED at {@code file} otherwise. */
    public static MultipartFile file(MultipartHttpServletRequest request, String name) {
        MultipartFile file = request.getFile(name);
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", UserErrorCode.REQUIRED, "the file is empty");
        }
        return file;
    }
}
