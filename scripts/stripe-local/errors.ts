// Stripe-shaped API errors: `{ error: { type, code, message, param } }` with the HTTP status Stripe
// uses, so the SDK raises the same StripeError subclasses it would against api.stripe.com.

export type StripeErrorType = "invalid_request_error" | "card_error" | "api_error" | "idempotency_error";

export type StripeErrorBody = {
  type: StripeErrorType;
  message: string;
  code?: string;
  param?: string;
  decline_code?: string;
  doc_url?: string;
};

export class StripeLocalError extends Error {
  readonly status: number;
  readonly body: StripeErrorBody;

  constructor(status: number, body: StripeErrorBody) {
    super(body.message);
    this.status = status;
    this.body = body;
  }

  toJSON(): { error: StripeErrorBody } {
    return { error: this.body };
  }
}

const docUrl = (code: string) => `https://docs.stripe.com/error-codes/${code.replace(/_/g, "-")}`;

export function invalidRequest(message: string, options: { param?: string; code?: string; status?: number } = {}): StripeLocalError {
  const body: StripeErrorBody = { type: "invalid_request_error", message };
  if (options.code) {
    body.code = options.code;
    body.doc_url = docUrl(options.code);
  }
  if (options.param) body.param = options.param;
  return new StripeLocalError(options.status ?? 400, body);
}

export function missingParam(param: string): StripeLocalError {
  return invalidRequest(`Missing required param: ${param}.`, { param, code: "parameter_missing" });
}

export function invalidParam(param: string, message: string, code = "parameter_invalid"): StripeLocalError {
  return invalidRequest(message, { param, code });
}

/** An unknown id. In the URL path Stripe answers 404 with `param: "id"`; inside parameters, 400. */
export function noSuch(kind: string, id: string, param = "id"): StripeLocalError {
  return invalidRequest(`No such ${kind}: '${id}'`, { param, code: "resource_missing", status: param === "id" ? 404 : 400 });
}

export function unauthorized(message: string): StripeLocalError {
  return new StripeLocalError(401, { type: "invalid_request_error", message });
}
