package io.canale.shared.files;

import io.canale.shared.InvalidInputException;
import io.canale.shared.UserErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.Tika;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * The attachment store of records that carry files (service-case comments, fund claims): GridFS, one bucket per kind of
 * record. A file's type is detected from its content, never taken from its name or declared type, and only photos and
 * PDF are kept; each file is stored with its owner's metadata and SHA-256 fingerprint. Who may upload or download is
 * the owning feature's decision, through the access policy.
 */
@Service
public class AttachmentStore {

    /** Detected types kept, with what the refusal calls them. */
    public static final Map<String, String> ACCEPTED = Map.of("image/jpeg", "JPEG", "image/png", "PNG", "image/webp", "WebP",
            "image/heic", "HEIC", "image/heif", "HEIF", "application/pdf", "PDF");

    static final int MAX_NAME_LENGTH = 120;

    /** What an accepted upload is: its cleaned name, detected type, size and fingerprint. */
    public record Inspected(String fileName, String contentType, long size, String sha256) {
    }

    private final MongoDatabaseFactory database;
    private final MongoConverter converter;
    private final Tika tika = new Tika();

    AttachmentStore(MongoDatabaseFactory database, MongoConverter converter) {
        this.database = database;
        this.converter = converter;
    }

    /** The GridFS bucket of one kind of record. */
    public GridFsTemplate bucket(String name) {
        return new GridFsTemplate(database, converter, name);
    }

    /**
     * Checks an upload before it is stored: at most {@code maxBytes}, of a kept type (INVALID at {@code file} otherwise);
     * answers its cleaned name, detected type, size and fingerprint.
     */
    public Inspected inspect(MultipartFile file, long maxBytes) throws IOException {
        if (file.getSize() > maxBytes) {
            throw new MaxUploadSizeExceededException(maxBytes);
        }
        String type;
        try (InputStream in = file.getInputStream()) {
            type = tika.detect(in);
        }
        if (!ACCEPTED.containsKey(type)) {
            throw new InvalidInputException("file", UserErrorCode.INVALID,
                    "only photos (JPEG, PNG, WebP, HEIC/HEIF) and PDF documents are accepted; this file's content is " + type);
        }
        return new Inspected(displayName(file.getOriginalFilename()), type, file.getSize(), sha256(file));
    }

    /** Stores an inspected upload in the bucket with the owner's metadata; answers the file's id. */
    public String store(String bucket, MultipartFile file, Inspected inspected, Object metadata) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return bucket(bucket).store(in, inspected.fileName(), inspected.contentType(), metadata).toHexString();
        }
    }

    /** The stored file with this id whose metadata has {@code owner} = {@code ownerId}; empty for anything else. */
    public Optional<GridFsResource> open(String bucket, String id, String owner, String ownerId) {
        if (id == null || !ObjectId.isValid(id)) {
            return Optional.empty();
        }
        GridFsTemplate files = bucket(bucket);
        return Optional.ofNullable(files.findOne(Query.query(Criteria.where("_id").is(new ObjectId(id)).and("metadata." + owner).is(ownerId))))
                .map(files::getResource);
    }

    public void delete(String bucket, String id) {
        bucket(bucket).delete(Query.query(Criteria.where("_id").is(new ObjectId(id))));
    }

    /**
     * The uploaded file's name fit for display and for a download's name: without a path, control, format or
     * separator characters, at most {@value #MAX_NAME_LENGTH} characters; "attachment" when nothing is left.
     */
    public static String displayName(String original) {
        if (original == null) {
            return "attachment";
        }
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean hidden = Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE;
            if (!hidden && clean.codePointCount(0, clean.length()) < MAX_NAME_LENGTH) {
                clean.appendCodePoint(Character.isWhitespace(c) ? ' ' : c);
            }
        });
        String shown = clean.toString().strip();
        return shown.isEmpty() || shown.equals(".") || shown.equals("..") ? "attachment" : shown;
    }

    private static String sha256(MultipartFile file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every JDK has SHA-256", ex);
        }
        try (InputStream in = file.getInputStream(); OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            in.transferTo(out);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
