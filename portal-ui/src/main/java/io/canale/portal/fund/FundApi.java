package io.canale.portal.fund;

import io.canale.portal.api.ApiException;
import io.canale.portal.api.CanaleApi;
import io.canale.portal.api.Connection;
import io.canale.portal.api.UserError;
import io.canale.portal.fund.FundInputs.ClaimFundsInput;
import io.canale.portal.fund.FundInputs.FundDecisionInput;
import io.canale.portal.fund.FundInputs.FundRequestPayload;
import io.canale.portal.fund.FundInputs.RequestFundsInput;
import java.io.File;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/** The fund screens' calls to the API; documents under {@code graphql-documents/fund/}. */
@Component
class FundApi {

    /** The backend's limit for one file of proof, checked here first. */
    static final long MAX_EVIDENCE_BYTES = 10L * 1024 * 1024;

    /** The body of a refused upload: the file endpoints' {@code {"errors": [...]}}. */
    private record Refusal(List<UserError> errors) {
    }

    private final CanaleApi api;
    private final RestClient backend;

    FundApi(CanaleApi api, RestClient canaleRestClient) {
        this.api = api;
        this.backend = canaleRestClient;
    }

    /** A page of the reader's allocations, newest first; {@code awaitingStaff} true narrows to the approval queue. */
    Connection<FundAllocation> page(int first, String after, boolean awaitingStaff) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("awaitingStaff", awaitingStaff ? Boolean.TRUE : null);
        return api.page("fund/fundAllocations", "fundAllocations", FundAllocation.class, first, after, variables);
    }

    FundRequestPayload request(RequestFundsInput input) {
        return api.mutate("fund/requestFunds", input, FundRequestPayload.class);
    }

    FundRequestPayload approve(FundAllocation.Request request) {
        return api.mutate("fund/approveFundRequest", new FundDecisionInput(request.id(), request.version(), null, null), FundRequestPayload.class);
    }

    FundRequestPayload reject(FundAllocation.Request request, String reason) {
        return api.mutate("fund/rejectFundRequest", new FundDecisionInput(request.id(), request.version(), null, reason), FundRequestPayload.class);
    }

    FundRequestPayload claim(FundAllocation.Request request, String description) {
        return api.mutate("fund/claimFunds", new ClaimFundsInput(request.id(), request.version(), null, description), FundRequestPayload.class);
    }

    FundRequestPayload approveClaim(FundAllocation.Request request) {
        return api.mutate("fund/approveFundClaim", new FundDecisionInput(request.id(), request.version(), null, null), FundRequestPayload.class);
    }

    /**
     * Sends a file of proof to the backend's {@code POST /funds/requests/{id}/evidence?kind=…} with the signed-in user's
     * token. Answers why it was refused (400 or 413); empty when it was attached.
     */
    List<UserError> attach(String requestId, FundAllocation.EvidenceKind kind, File file, String fileName) {
        String path = "/funds/requests/{requestId}/evidence?kind={kind}";
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", new FileSystemResource(file)).filename(fileName == null ? "evidence" : fileName)
                .contentType(MediaType.APPLICATION_OCTET_STREAM);
        try {
            backend.post().uri(path, requestId, kind.name()).contentType(MediaType.MULTIPART_FORM_DATA).body(body.build()).retrieve()
                    .toBodilessEntity();
            return List.of();
        } catch (HttpClientErrorException refused) {
            if (refused.getStatusCode().value() != HttpStatus.BAD_REQUEST.value()
                    && refused.getStatusCode().value() != HttpStatus.CONTENT_TOO_LARGE.value()) {
                throw ApiException.transportFailure(path, refused);
            }
            Refusal reasons = null;
            try {
                reasons = refused.getResponseBodyAs(Refusal.class);
            } catch (RestClientException | IllegalStateException unreadable) {
                // an answer of another shape: refused without a reason the portal can show
            }
            return reasons == null || reasons.errors() == null || reasons.errors().isEmpty()
                    ? List.of(new UserError(List.of("file"), null, refused.getStatusText())) : reasons.errors();
        } catch (RestClientException ex) {
            throw ApiException.transportFailure(path, ex);
        }
    }

    /** Streams a file of proof from its backend {@code downloadPath} to {@code out}, with the user's token. */
    void copyEvidence(String downloadPath, OutputStream out) {
        try {
            backend.get().uri(downloadPath).exchange((request, response) -> {
                if (response.getStatusCode().isError()) {
                    throw HttpClientErrorException.create(response.getStatusCode(), response.getStatusText(), response.getHeaders(), null, null);
                }
                response.getBody().transferTo(out);
                return null;
            });
        } catch (RestClientException ex) {
            throw ApiException.transportFailure(downloadPath, ex);
        }
    }
}
