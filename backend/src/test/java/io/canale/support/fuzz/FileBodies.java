package io.canale.support.fuzz;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.function.Function;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile bodies for the endpoints beside GraphQL: CSV files (wrong, missing and repeated columns, odd
 * delimiters, broken quoting, invalid UTF-8, hostile cells) in well-formed and broken multipart envelopes,
 * and web-form submissions as JSON or form fields, malformed or of the wrong type.
 */
public final class FileBodies {

    /** One HTTP request body with the headers that matter. */
    public record Body(String pathAndQuery, String contentType, byte[] content, Map<String, String> headers) {

        public String describe() {
            String text = new String(content, 0, Math.min(content.length, 300), StandardCharsets.UTF_8);
            return pathAndQuery + " [" + contentType + ", " + content.length + " bytes] " + headers + " " + text
                    .replace("\r", "\\r").replace("\n", "\\n");
        }
    }

    static final List<String> STOCK_COLUMNS = List.of("sku", "available", "nextBatchQuantity", "nextBatchEta");
    static final List<String> LEAD_COLUMNS = List.of("name", "email", "phone", "company", "vat_number", "country",
            "region", "postal_code", "product_line", "notes");
    static final List<String> FORM_FIELDS = List.of("name", "email", "phone", "company", "vatNumber", "country",
            "region", "postalCode", "productLine", "message");

    static final List<String> SERVICE_FORM_FIELDS = List.of("dealer", "type", "name", "email", "phone", "subject",
            "description", "productSku", "orderReference", "submissionId");

    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private final Random random;
    private final Pools pools;
    private final HostileValues values;

    public FileBodies(Random random, Pools pools) {
        this.random = random;
        this.pools = pools;
        this.values = new HostileValues(random, pools, HostileValues.Mode.TYPED, true);
    }

    public Body stockUpload() {
        String delimiter = delimiterParameter();
        byte[] csv = csv(STOCK_COLUMNS, this::stockCell, delimiter, chance(0.02) ? 10_001 : rows());
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("delimiter", delimiter);
        return multipart("/imports/stock" + query(parameters), csv);
    }

    public Body leadUpload() {
        String delimiter = delimiterParameter();
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("delimiter", delimiter);
        parameters.put("dryRun", pick(Parameters.DRY_RUN));
        return multipart("/imports/leads" + query(parameters), csv(LEAD_COLUMNS, this::leadCell, delimiter, rows()));
    }

    /** A submission of the website's contact form, as JSON, form fields or something else. */
    public Body webForm(boolean honeypot) {
        return publicForm("/capture/leads", FORM_FIELDS, this::formValue, honeypot);
    }

    /**
     * A submission of the end customer's service form: mostly to a demo dealer (so that some open cases), with known
     * and unknown SKUs and types, and submission ids that repeat (double submits).
     */
    public Body serviceCaseForm(boolean honeypot) {
        return publicForm("/capture/service-cases", SERVICE_FORM_FIELDS, this::serviceFormValue, honeypot);
    }

    private String serviceFormValue(String field) {
        return switch (field) {
            case "dealer" -> chance(0.7) ? pick(List.of("ptn_rossi_auto", "ptn_bianchi_moto")) : formValue(field);
            case "type" -> chance(0.7) ? pick(List.of("COMPLAINT", "warranty_claim", "RETURN", "DELIVERY_DAMAGE", "")) : formValue(field);
            case "productSku" -> chance(0.5) ? pick(List.of("BAT-12V-070", "frn-pad-001", "NOPE-1", "")) : formValue(field);
            case "submissionId" -> chance(0.5) ? "fuzz-submission-" + random.nextInt(3) : formValue(field);
            case "email" -> chance(0.6) ? "fuzz@example.com" : formValue(field);
            case "phone" -> chance(0.6) ? "+39 02 1234567" : formValue(field);
            case "name", "subject", "description", "orderReference" -> chance(0.6) ? "Fuzz " + random.nextInt(1_000) : formValue(field);
            default -> formValue(field);
        };
    }

    private Body publicForm(String path, List<String> fields, Function<String, String> value, boolean honeypot) {
        Map<String, String> headers = Map.of("X-Forwarded-For", forwardedFor());
        double roll = random.nextDouble();
        if (roll < 0.6) {
            Map<String, Object> form = new LinkedHashMap<>();
            for (String field : fields) {
                if (chance(0.8)) {
                    form.put(field, chance(0.08) ? values.pick(List.<Object>of(42, List.of("a"), Map.of("b", 1), true))
                            : value.apply(field));
                }
            }
            if (honeypot) {
                form.put("website", "https://spam.example");
            }
            if (chance(0.05)) {
                form.put("unexpected", "x");
            }
            byte[] body = chance(0.1) ? rawJson() : JSON.writeValueAsBytes(form);
            return new Body(path, "application/json", body, headers);
        }
        if (roll < 0.9) {
            StringJoiner form = new StringJoiner("&");
            for (String field : fields) {
                if (chance(0.8)) {
                    form.add(field + "=" + encode(value.apply(field)));
                }
            }
            if (honeypot) {
                form.add("website=" + encode("https://spam.example"));
            }
            if (chance(0.15)) {
                form.add(pick(List.of("name=%zz", "name=second", "contact.email=x", "name[0]=x",
                        "class.module.classLoader.resources=x", "=novalue", "&&&", "email")));
            }
            return new Body(path, "application/x-www-form-urlencoded", form.toString().getBytes(StandardCharsets.UTF_8), headers);
        }
        String type = pick(List.of("text/plain", "multipart/form-data; boundary=x", "",
                "application/json; charset=ISO-8859-1", "application/xml", "application/json; charset=unknown-9"));
        byte[] body = pick(List.of("{\"name\":\"Caf\u00e9\"}", "name=x", "<lead/>", "")).getBytes(StandardCharsets.ISO_8859_1);
        return new Body(path, type, body, headers);
    }

    /** A path for the lead-import error report with a known or hostile import id. */
    public String errorReportPath() {
        String known = pools.id(random, "leadImportId", "LeadImport", false);
        String id = known != null && chance(0.6) ? known
                : pick(List.of("x", "..", "%2e%2e", "%00", "a%2Fb", UUID.randomUUID().toString(), "y".repeat(3_000),
                        "%E2%80%AE", "$where", "%7B%22%24gt%22%3A%22%22%7D"));
        return "/imports/leads/" + id + "/errors.csv";
    }

    /**
     * A file for a service-case comment at {@code path}: a photo or PDF (by its first bytes), or content that only
     * claims to be one (HTML, SVG, a script, CSV, random bytes, nothing), under any name and declared type.
     */
    public Body attachmentUpload(String path) {
        List<byte[]> contents = List.of(
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2, 3},
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1},
                "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
                "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII),
                "\0\0\0\u0018ftypheic\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1),
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8),
                "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8),
                "sku,available\nA,1\n".getBytes(StandardCharsets.UTF_8),
                "%PDF".getBytes(StandardCharsets.US_ASCII),
                new byte[0]);
        byte[] content = chance(0.1) ? randomBytes(random.nextInt(4_096)) : pick(contents);
        return multipart(path, content);
    }

    /** A path for a case's attachments (upload or download) with known or hostile ids. */
    public String hostileId(String known) {
        return known != null && chance(0.75) ? known
                : pick(List.of("x", "..", "%2e%2e", "%00", "a%2Fb", UUID.randomUUID().toString(), "y".repeat(3_000), "%E2%80%AE",
                        "$where", "%7B%22%24gt%22%3A%22%22%7D", "000000000000000000000000", "5f5f5f5f5f5f5f5f5f5f5f5f"));
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private Body multipart(String pathAndQuery, byte[] file) {
        String boundary = "fuzz" + UUID.randomUUID();
        double roll = random.nextDouble();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String contentType = "multipart/form-data; boundary=" + boundary;
        if (roll < 0.82) {
            part(body, boundary, "file", fileName(), file);
            if (roll > 0.78) {
                part(body, boundary, "file", "second.csv", file);
            }
            body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } else if (roll < 0.86) {
            part(body, boundary, "upload", "stock.csv", file);
            body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } else if (roll < 0.9) {
            body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } else if (roll < 0.93) {
            part(body, boundary, "file", "cut.csv", file); // no closing boundary
        } else if (roll < 0.96) {
            contentType = "multipart/form-data";
            part(body, boundary, "file", "stock.csv", file);
        } else {
            contentType = pick(List.of("text/csv", "multipart/form-data; boundary=\"\"", "multipart/mixed; boundary=" + boundary));
            body.writeBytes(file);
        }
        return new Body(pathAndQuery, contentType, body.toByteArray(), Map.of());
    }

    private void part(ByteArrayOutputStream body, String boundary, String name, String fileName, byte[] content) {
        String type = pick(List.of("text/csv", "application/octet-stream", "text/plain; charset=ISO-8859-1", ""));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                + fileName + "\"\r\n" + (type.isEmpty() ? "" : "Content-Type: " + type + "\r\n") + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private byte[] csv(List<String> columns, Function<String, String> cell, String delimiterParameter, int rows) {
        String delimiter = chance(0.8) ? switch (delimiterParameter == null ? "," : delimiterParameter) {
            case ";" -> ";";
            case "tab", "\t" -> "\t";
            default -> ",";
        } : pick(List.of(",", ";", "\t", "|"));
        String newline = pick(List.of("\n", "\r\n", "\r"));
        List<String> header = header(columns);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (chance(0.15)) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        out.writeBytes((String.join(delimiter, header) + newline).getBytes(StandardCharsets.UTF_8));
        for (int row = 0; row < rows; row++) {
            List<String> cells = new ArrayList<>();
            for (String column : header) {
                cells.add(quoted(cell.apply(column), delimiter));
            }
            if (chance(0.05)) {
                cells.add("extra");
            }
            out.writeBytes((String.join(delimiter, cells) + newline).getBytes(StandardCharsets.UTF_8));
        }
        byte[] bytes = out.toByteArray();
        if (chance(0.1) && bytes.length > 0) {
            int at = random.nextInt(bytes.length);
            bytes[at] = pick(List.of((byte) 0xC3, (byte) 0xFF, (byte) 0x00, (byte) '"', (byte) 0x80));
        }
        if (chance(0.04)) {
            bytes = new byte[0];
        }
        return bytes;
    }

    private List<String> header(List<String> columns) {
        List<String> header = new ArrayList<>(columns);
        double roll = random.nextDouble();
        if (roll < 0.1) {
            header.remove(random.nextInt(header.size()));
        } else if (roll < 0.15) {
            header.add(header.getFirst());
        } else if (roll < 0.2) {
            Collections.shuffle(header, random);
        } else if (roll < 0.25) {
            header.replaceAll(column -> column.toUpperCase(Locale.ROOT));
        } else if (roll < 0.28) {
            header.add("junk");
        } else if (roll < 0.3) {
            header = List.of(pick(HostileValues.HOSTILE_TEXT));
        }
        return header;
    }

    private String stockCell(String column) {
        return switch (column.toLowerCase(Locale.ROOT)) {
            case "sku" -> plausibleOr("sku");
            case "available", "nextbatchquantity" -> chance(0.5) ? String.valueOf(random.nextInt(500))
                    : pick(List.of("-1", "10000001", "1.5", "1e3", "", "NaN", "2147483648", " 7 ", "seven", "0x10"));
            case "nextbatcheta" -> chance(0.5) ? pick(HostileValues.HOSTILE_DATES) : pick(HostileValues.MALFORMED_DATES);
            default -> pick(HostileValues.HOSTILE_TEXT);
        };
    }

    private String leadCell(String column) {
        return switch (column.toLowerCase(Locale.ROOT)) {
            case "country" -> chance(0.6) ? pick(HostileValues.HOSTILE_COUNTRIES) : pick(HostileValues.MALFORMED_COUNTRIES);
            case "email", "phone", "name", "company", "vat_number", "postal_code", "region", "product_line", "notes" ->
                    formValue(column.replace("_", ""));
            default -> pick(HostileValues.HOSTILE_TEXT);
        };
    }

    private String formValue(String field) {
        Object value = values.value(graphql.Scalars.GraphQLString, field, "form");
        return value instanceof String text ? text : "";
    }

    private String plausibleOr(String name) {
        String known = pools.leaf(random, name, true);
        return known != null && chance(0.6) ? known : pick(HostileValues.HOSTILE_TEXT);
    }

    private String quoted(String cell, String delimiter) {
        boolean special = cell.contains(delimiter) || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
        return special && chance(0.85) ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    private int rows() {
        return chance(0.1) ? 0 : 1 + random.nextInt(15);
    }

    private String delimiterParameter() {
        return pick(Parameters.DELIMITERS);
    }

    private String fileName() {
        return pick(List.of("stock.csv", "../../evil.csv", "", "\u540D\u524D.csv", "a\\b.csv", "x".repeat(300) + ".csv",
                "leads.CSV", "no-extension", "semi;colon.csv"));
    }

    private String forwardedFor() {
        if (chance(0.05)) {
            return pick(List.of("", "not-an-address", "1.1.1.1, 2.2.2.2", "::1", "9".repeat(300), "256.256.256.256"));
        }
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256);
    }

    private byte[] rawJson() {
        String body = pick(List.of("", "{", "[]", "null", "\"text\"", "[".repeat(5_000), "{\"name\": 1e999999}",
                "{\"name\": \"" + "x".repeat(HostileValues.HUGE_TEXT) + "\"}", "{\"name\": \"a\", \"name\": \"b\"}",
                "{\"email\": \"\\ud800\"}"));
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private static String query(Map<String, String> parameters) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        parameters.forEach((name, value) -> {
            if (value != null) {
                query.add(name + "=" + encode(value));
            }
        });
        return query.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** Parameter values worth trying. */
    private static final class Parameters {
        static final List<String> DELIMITERS = java.util.Arrays.asList(null, ",", ";", "tab", "\t", "|", "", "xx", "%", "\"");
        static final List<String> DRY_RUN = java.util.Arrays.asList(null, "true", "false", "yes", "", "TRUE", "1");
    }
}
