// The objects the local server stores, in Stripe's wire shape. Each type is checked against the
// official SDK's type (stripe 23, API version 2026-10-28.endive): every field we emit must exist
// on the SDK type with a compatible value, so the app's code typed against `Stripe.X` reads the
// same fields here as against api.stripe.com. Fields Stripe has and we never set are left out.
import type Stripe from "stripe";

type Primitive = string | number | boolean | null | undefined;
/**
 * Deep check: scalars must be assignable to the SDK's type; objects may only use field names the
 * SDK type has (recursively, through arrays and lists); fields Stripe has and we omit are fine.
 */
// Decimal fields travel as strings; the SDK turns them into its Decimal type when it parses.
type Wire<S> = S | ([Extract<S, Stripe.Decimal>] extends [never] ? never : string);
export type Check<S, O> = [O] extends [Primitive]
  ? O extends Wire<S>
    ? O
    : S
  : O extends readonly (infer E)[]
    ? NonNullable<S> extends readonly (infer SE)[]
      ? readonly Check<SE, E>[]
      : never
    : { [K in keyof O]: K extends keyof NonNullable<S> ? Check<NonNullable<S>[K], O[K]> : never };
/** Documents which SDK type `O` mirrors; the `_Conformance` list at the end enforces it. */
type Checked<_S, O> = O;
type Conforms<S, O> = [O] extends [Check<S, O>] ? true : false;
type Expect<T extends true> = T;
/** Names only: for nested objects we fill partially (card details, account settings). */
type NamesOf<S, O extends { [K in keyof O]: K extends keyof S ? unknown : never }> = O;

export type Metadata = Record<string, string>;

export type ApiList<T> = { object: "list"; data: T[]; has_more: boolean; url: string };

export type Customer = Checked<
  Stripe.Customer,
  {
    id: string;
    object: "customer";
    address: null;
    balance: number;
    created: number;
    currency: string | null;
    default_source: null;
    delinquent: boolean;
    description: string | null;
    email: string | null;
    invoice_prefix: string;
    invoice_settings: { custom_fields: null; default_payment_method: string | null; footer: null; rendering_options: null };
    livemode: false;
    metadata: Metadata;
    name: string | null;
    next_invoice_sequence: number;
    phone: string | null;
    preferred_locales: string[];
    shipping: null;
    tax_exempt: "none";
    test_clock: null;
  }
>;

export type Product = Checked<
  Stripe.Product,
  {
    id: string;
    object: "product";
    active: boolean;
    created: number;
    default_price: string | null;
    description: string | null;
    images: string[];
    livemode: false;
    marketing_features: [];
    metadata: Metadata;
    name: string;
    package_dimensions: null;
    shippable: null;
    statement_descriptor: null;
    tax_code: null;
    tax_details: null;
    type: "service";
    unit_label: null;
    updated: number;
    url: string | null;
  }
>;

export type Recurring = {
  interval: "day" | "week" | "month" | "year";
  interval_count: number;
  meter: null;
  trial_period_days: null;
  usage_type: "licensed";
};

export type Price = Checked<
  Stripe.Price,
  {
    id: string;
    object: "price";
    active: boolean;
    billing_scheme: "per_unit";
    created: number;
    currency: string;
    custom_unit_amount: null;
    livemode: false;
    lookup_key: string | null;
    metadata: Metadata;
    nickname: string | null;
    product: string;
    recurring: Recurring | null;
    tax_behavior: "unspecified";
    tiers_mode: null;
    transform_quantity: null;
    type: "one_time" | "recurring";
    unit_amount: number;
    unit_amount_decimal: string;
  }
>;

export type Plan = NamesOf<
  Stripe.Plan,
  {
    id: string;
    object: "plan";
    active: boolean;
    amount: number;
    amount_decimal: string;
    billing_scheme: "per_unit";
    created: number;
    currency: string;
    interval: Recurring["interval"];
    interval_count: number;
    livemode: false;
    metadata: Metadata;
    meter: null;
    nickname: string | null;
    product: string;
    tiers_mode: null;
    transform_usage: null;
    trial_period_days: null;
    usage_type: "licensed";
  }
>;

export type CheckoutLineItem = Checked<
  Stripe.LineItem,
  {
    id: string;
    object: "item";
    adjustable_quantity: null;
    amount_discount: number;
    amount_subtotal: number;
    amount_tax: number;
    amount_total: number;
    currency: string;
    description: string | null;
    metadata: Metadata;
    price: Price;
    quantity: number;
  }
>;

export type CustomerDetails = {
  address: null;
  business_name: null;
  email: string | null;
  individual_name: null;
  name: string | null;
  phone: null;
  tax_exempt: "none";
  tax_ids: [];
};

/** What the session was created with but Stripe keeps out of the object: used when it completes. */
export type CheckoutPlan = {
  line_items: CheckoutLineItem[];
  payment_intent_data: {
    application_fee_amount: number | null;
    transfer_destination: string | null;
    metadata: Metadata;
    description: string | null;
  };
  subscription_data: {
    application_fee_percent: number | null;
    transfer_destination: string | null;
    metadata: Metadata;
    description: string | null;
  };
  customer_creation: "always" | "if_required";
};

export type CheckoutSession = Checked<
  Stripe.Checkout.Session,
  {
    id: string;
    object: "checkout.session";
    after_expiration: null;
    allow_promotion_codes: null;
    amount_subtotal: number;
    amount_total: number;
    automatic_tax: { enabled: false; liability: null; provider: null; status: null };
    billing_address_collection: null;
    cancel_url: string | null;
    client_reference_id: string | null;
    client_secret: null;
    consent: null;
    consent_collection: null;
    created: number;
    currency: string;
    custom_fields: [];
    custom_text: { after_submit: null; shipping_address: null; submit: null; terms_of_service_acceptance: null };
    customer: string | null;
    customer_creation: "always" | "if_required" | null;
    customer_details: CustomerDetails | null;
    customer_email: string | null;
    expires_at: number;
    invoice: string | null;
    livemode: false;
    locale: null;
    metadata: Metadata;
    mode: "payment" | "subscription";
    payment_intent: string | null;
    payment_link: null;
    payment_method_collection: "always" | null;
    payment_method_types: string[];
    payment_status: "paid" | "unpaid" | "no_payment_required";
    setup_intent: null;
    shipping_address_collection: null;
    shipping_cost: null;
    shipping_options: [];
    status: "open" | "complete" | "expired";
    submit_type: null;
    subscription: string | null;
    success_url: string | null;
    total_details: { amount_discount: number; amount_shipping: number; amount_tax: number };
    ui_mode: "hosted";
    url: string | null;
  }
>;

export type PaymentError = {
  type: "card_error";
  code: string;
  decline_code?: string;
  message: string;
  charge?: string;
  payment_method?: PaymentMethod;
  doc_url: string;
};

export type PaymentIntent = Checked<
  Stripe.PaymentIntent,
  {
    id: string;
    object: "payment_intent";
    amount: number;
    amount_capturable: number;
    amount_received: number;
    application: null;
    application_fee_amount: number | null;
    automatic_payment_methods: null;
    canceled_at: null;
    cancellation_reason: null;
    capture_method: "automatic";
    client_secret: string;
    confirmation_method: "automatic";
    created: number;
    currency: string;
    customer: string | null;
    description: string | null;
    last_payment_error: PaymentError | null;
    latest_charge: string | null;
    livemode: false;
    metadata: Metadata;
    next_action: null;
    on_behalf_of: null;
    payment_method: string | null;
    payment_method_types: string[];
    processing: null;
    receipt_email: string | null;
    review: null;
    setup_future_usage: null;
    shipping: null;
    source: null;
    statement_descriptor: null;
    statement_descriptor_suffix: null;
    status: "requires_payment_method" | "succeeded" | "canceled";
    transfer_data: { destination: string } | null;
    transfer_group: string | null;
  }
>;

export type CardDetails = {
  brand: string;
  country: string;
  exp_month: number;
  exp_year: number;
  fingerprint: string;
  funding: "credit";
  last4: string;
};

export type PaymentMethod = NamesOf<
  Stripe.PaymentMethod,
  {
    id: string;
    object: "payment_method";
    allow_redisplay: "unspecified";
    billing_details: { address: null; email: string | null; name: string | null; phone: null; tax_id: null };
    card: CardDetails;
    created: number;
    customer: string | null;
    customer_account: null;
    livemode: false;
    metadata: Metadata;
    type: "card";
  }
>;

export type Charge = Checked<
  Stripe.Charge,
  {
    id: string;
    object: "charge";
    amount: number;
    amount_captured: number;
    amount_refunded: number;
    application: null;
    application_fee: string | null;
    application_fee_amount: number | null;
    balance_transaction: null;
    billing_details: { address: null; email: string | null; name: string | null; phone: null; tax_id: null };
    calculated_statement_descriptor: string;
    captured: boolean;
    created: number;
    currency: string;
    customer: string | null;
    description: string | null;
    disputed: boolean;
    failure_balance_transaction: null;
    failure_code: string | null;
    failure_message: string | null;
    fraud_details: Record<string, never>;
    livemode: false;
    metadata: Metadata;
    on_behalf_of: null;
    outcome: {
      advice_code: null;
      network_advice_code: null;
      network_decline_code: null;
      network_status: string;
      reason: string | null;
      risk_level: string;
      seller_message: string;
      type: string;
    };
    paid: boolean;
    payment_intent: string | null;
    payment_method: string;
    receipt_email: string | null;
    receipt_number: null;
    receipt_url: string;
    refunded: boolean;
    review: null;
    shipping: null;
    source: null;
    source_transfer: null;
    statement_descriptor: null;
    statement_descriptor_suffix: null;
    status: "succeeded" | "failed";
    transfer?: string;
    transfer_data: { amount: null; destination: string } | null;
    transfer_group: string | null;
  }
> &
  NamesOf<Stripe.Charge, { payment_method_details: { type: "card"; card: CardDetails } }>;

export type Refund = Checked<
  Stripe.Refund,
  {
    id: string;
    object: "refund";
    amount: number;
    balance_transaction: null;
    charge: string;
    created: number;
    currency: string;
    customer: string | null;
    customer_account: null;
    metadata: Metadata;
    payment_intent: string | null;
    payment_method: string | null;
    reason: "duplicate" | "fraudulent" | "requested_by_customer" | null;
    receipt_number: null;
    source_transfer_reversal: null;
    status: "succeeded";
    transfer_reversal: string | null;
  }
>;

export type SubscriptionItem = Checked<
  Stripe.SubscriptionItem,
  {
    id: string;
    object: "subscription_item";
    billing_thresholds: null;
    created: number;
    current_period_end: number;
    current_period_start: number;
    current_trial: null;
    discounts: [];
    metadata: Metadata;
    price: Price;
    quantity: number;
    subscription: string;
    tax_rates: [];
  }
> &
  NamesOf<Stripe.SubscriptionItem, { plan: Plan }>;

export type Subscription = Checked<
  Stripe.Subscription,
  {
    id: string;
    object: "subscription";
    application: null;
    application_fee_percent: number | null;
    automatic_tax: { disabled_reason: null; enabled: false; liability: null };
    billing_cycle_anchor: number;
    billing_cycle_anchor_config: null;
    billing_thresholds: null;
    cancel_at: number | null;
    cancel_at_period_end: boolean;
    canceled_at: number | null;
    cancellation_details: {
      comment: string | null;
      feedback: Stripe.Subscription.CancellationDetails.Feedback | null;
      feedback_option: null;
      reason: "cancellation_requested" | "payment_failed" | null;
    };
    collection_method: "charge_automatically";
    created: number;
    currency: string;
    customer: string;
    customer_account: null;
    days_until_due: null;
    default_payment_method: string | null;
    default_source: null;
    description: string | null;
    discounts: [];
    ended_at: number | null;
    invoice_settings: { account_tax_ids: null; custom_fields: null; description: null; footer: null; issuer: { type: "self" } };
    items: ApiList<SubscriptionItem>;
    latest_invoice: string | null;
    livemode: false;
    managed_payments: null;
    metadata: Metadata;
    next_pending_invoice_item_invoice: null;
    on_behalf_of: null;
    pause_collection: null;
    payment_settings: null;
    pending_invoice_item_interval: null;
    pending_setup_intent: null;
    pending_update: null;
    schedule: null;
    start_date: number;
    status: "active" | "past_due" | "canceled";
    test_clock: null;
    transfer_data: { amount_percent: null; destination: string } | null;
    trial_end: null;
    trial_settings: null;
    trial_start: null;
  }
> &
  NamesOf<Stripe.Subscription, { billing_mode: { flexible: null; type: "classic" } }>;

export type InvoiceLineItem = Checked<
  Stripe.InvoiceLineItem,
  {
    id: string;
    object: "line_item";
    amount: number;
    currency: string;
    description: string;
    discount_amounts: [];
    discountable: boolean;
    discounts: [];
    invoice: string;
    livemode: false;
    metadata: Metadata;
    parent: {
      type: "subscription_item_details";
      invoice_item_details: null;
      subscription_item_details: {
        invoice_item: null;
        proration: false;
        proration_details: { credited_items: null };
        subscription: string;
        subscription_item: string;
      };
    } | null;
    period: { start: number; end: number };
    pretax_credit_amounts: [];
    quantity: number;
    subscription: string | null;
    subtotal: number;
    taxes: [];
  }
> &
  NamesOf<Stripe.InvoiceLineItem, { pricing: { type: "price_details"; price_details: { price: string; product: string }; unit_amount_decimal: string } }>;

export type Invoice = Checked<
  Stripe.Invoice,
  {
    id: string;
    object: "invoice";
    account_country: string;
    account_name: string;
    account_tax_ids: null;
    amount_due: number;
    amount_overpaid: number;
    amount_paid: number;
    amount_remaining: number;
    amount_shipping: number;
    application: null;
    attempt_count: number;
    attempted: boolean;
    auto_advance: boolean;
    automatic_tax: { disabled_reason: null; enabled: false; liability: null; provider: null; status: null };
    automatically_finalizes_at: null;
    billing_reason: "subscription_create" | "subscription_cycle";
    collection_method: "charge_automatically";
    created: number;
    currency: string;
    custom_fields: null;
    customer: string;
    customer_account: null;
    customer_address: null;
    customer_email: string | null;
    customer_name: string | null;
    customer_phone: null;
    customer_shipping: null;
    customer_tax_exempt: "none";
    default_payment_method: null;
    default_source: null;
    default_tax_rates: [];
    description: null;
    discounts: [];
    due_date: null;
    effective_at: number | null;
    ending_balance: number | null;
    footer: null;
    from_invoice: null;
    hosted_invoice_url: string;
    invoice_pdf: string;
    issuer: { type: "self" };
    last_finalization_error: null;
    latest_revision: null;
    lines: ApiList<InvoiceLineItem>;
    livemode: false;
    metadata: Metadata;
    next_payment_attempt: number | null;
    number: string | null;
    on_behalf_of: null;
    parent: {
      type: "subscription_details";
      quote_details: null;
      subscription_details: { metadata: Metadata; subscription: string };
    };
    period_end: number;
    period_start: number;
    post_payment_credit_notes_amount: number;
    pre_payment_credit_notes_amount: number;
    receipt_number: null;
    rendering: null;
    shipping_cost: null;
    shipping_details: null;
    starting_balance: number;
    statement_descriptor: null;
    status: "draft" | "open" | "paid" | "void" | "uncollectible";
    status_transitions: { finalized_at: number | null; marked_uncollectible_at: null; paid_at: number | null; voided_at: null };
    subtotal: number;
    subtotal_excluding_tax: number;
    test_clock: null;
    total: number;
    total_discount_amounts: [];
    total_excluding_tax: number;
    total_pretax_credit_amounts: [];
    total_taxes: [];
    webhooks_delivered_at: number | null;
  }
>;

export type InvoicePayment = Checked<
  Stripe.InvoicePayment,
  {
    id: string;
    object: "invoice_payment";
    amount_paid: number | null;
    amount_requested: number;
    created: number;
    currency: string;
    invoice: string;
    is_default: boolean;
    livemode: false;
    payment: { type: "payment_intent"; payment_intent: string };
    status: "open" | "paid" | "canceled";
    status_transitions: { canceled_at: null; paid_at: number | null };
  }
>;

export type Requirements = {
  alternatives: [];
  current_deadline: null;
  currently_due: string[];
  disabled_reason: Stripe.Account.Requirements.DisabledReason | null;
  errors: [];
  eventually_due: string[];
  past_due: string[];
  pending_verification: [];
};

export type Account = Checked<
  Stripe.Account,
  {
    id: string;
    object: "account";
    business_type: "individual" | "company" | null;
    charges_enabled: boolean;
    country: string;
    created: number;
    default_currency: string;
    details_submitted: boolean;
    email: string | null;
    external_accounts: ApiList<never>;
    metadata: Metadata;
    payouts_enabled: boolean;
    type: "express" | "standard" | "custom";
  }
> &
  NamesOf<
    Stripe.Account,
    {
      business_profile: { name: string | null; url: string | null; mcc: null; product_description: null; support_email: null; support_phone: null; support_url: null };
      capabilities: { card_payments: "active" | "inactive" | "pending"; transfers: "active" | "inactive" | "pending" };
      controller: { type: "application"; is_controller: true; fees: { payer: "application" }; losses: { payments: "application" }; requirement_collection: "stripe"; stripe_dashboard: { type: "express" } };
      requirements: Requirements;
      future_requirements: Requirements;
      tos_acceptance: { date: number | null };
    }
  >;

export type AccountLinkRecord = {
  token: string;
  account: string;
  type: "account_onboarding" | "account_update";
  refresh_url: string;
  return_url: string;
  created: number;
  expires_at: number;
  used: boolean;
};

export type PortalSession = Checked<
  Stripe.BillingPortal.Session,
  {
    id: string;
    object: "billing_portal.session";
    configuration: string;
    created: number;
    customer: string;
    customer_account: null;
    flow: null;
    livemode: false;
    locale: null;
    on_behalf_of: null;
    return_url: string | null;
    url: string;
  }
>;

export type TransferReversal = Checked<
  Stripe.TransferReversal,
  {
    id: string;
    object: "transfer_reversal";
    amount: number;
    balance_transaction: null;
    created: number;
    currency: string;
    destination_payment_refund: null;
    metadata: Metadata;
    source_refund: string | null;
    transfer: string;
  }
>;

export type Transfer = Checked<
  Stripe.Transfer,
  {
    id: string;
    object: "transfer";
    amount: number;
    amount_reversed: number;
    balance_transaction: null;
    created: number;
    currency: string;
    description: string | null;
    destination: string;
    destination_payment: string;
    livemode: false;
    metadata: Metadata;
    reversals: ApiList<TransferReversal>;
    reversed: boolean;
    source_transaction: string;
    source_type: "card";
    transfer_group: string | null;
  }
>;

export type FeeRefund = Checked<
  Stripe.FeeRefund,
  {
    id: string;
    object: "fee_refund";
    amount: number;
    balance_transaction: null;
    created: number;
    currency: string;
    fee: string;
    metadata: Metadata;
  }
>;

export type ApplicationFee = Checked<
  Stripe.ApplicationFee,
  {
    id: string;
    object: "application_fee";
    account: string;
    amount: number;
    amount_refunded: number;
    application: string;
    balance_transaction: null;
    charge: string;
    created: number;
    currency: string;
    fee_source: { type: "charge"; charge: string };
    livemode: false;
    originating_transaction: string;
    refunded: boolean;
    refunds: ApiList<FeeRefund>;
  }
>;

export type Event = Checked<
  Stripe.Event,
  {
    id: string;
    object: "event";
    account?: string;
    api_version: string;
    created: number;
    livemode: false;
    pending_webhooks: number;
    request: { id: string | null; idempotency_key: string | null };
    type: Stripe.Event.Type;
  }
> &
  NamesOf<Stripe.Event, { data: { object: StoredObject; previous_attributes?: Record<string, unknown> } }>;

export type StoredObject =
  | Customer
  | Product
  | Price
  | CheckoutSession
  | PaymentIntent
  | PaymentMethod
  | Charge
  | Refund
  | Subscription
  | Invoice
  | InvoicePayment
  | Account
  | PortalSession
  | Transfer
  | ApplicationFee;

/** Everything the server knows; persisted as one JSON document when a data file is configured. */
export type State = {
  version: 1;
  customers: Record<string, Customer>;
  products: Record<string, Product>;
  prices: Record<string, Price>;
  checkoutSessions: Record<string, CheckoutSession>;
  checkoutPlans: Record<string, CheckoutPlan>;
  paymentMethods: Record<string, PaymentMethod>;
  paymentIntents: Record<string, PaymentIntent>;
  charges: Record<string, Charge>;
  refunds: Record<string, Refund>;
  subscriptions: Record<string, Subscription>;
  invoices: Record<string, Invoice>;
  invoicePayments: Record<string, InvoicePayment>;
  accounts: Record<string, Account>;
  accountLinks: Record<string, AccountLinkRecord>;
  portalSessions: Record<string, PortalSession>;
  transfers: Record<string, Transfer>;
  applicationFees: Record<string, ApplicationFee>;
  events: Record<string, Event>;
  invoiceSequence: number;
};

export function emptyState(): State {
  return {
    version: 1,
    customers: {},
    products: {},
    prices: {},
    checkoutSessions: {},
    checkoutPlans: {},
    paymentMethods: {},
    paymentIntents: {},
    charges: {},
    refunds: {},
    subscriptions: {},
    invoices: {},
    invoicePayments: {},
    accounts: {},
    accountLinks: {},
    portalSessions: {},
    transfers: {},
    applicationFees: {},
    events: {},
    invoiceSequence: 0,
  };
}

// Compile-time conformance with the SDK's types (see `Check`). A `false` here names the type whose
// fields drifted from what the stripe package declares.
export type _Conformance = [
  Expect<Conforms<Stripe.Customer, Customer>>,
  Expect<Conforms<Stripe.Product, Product>>,
  Expect<Conforms<Stripe.Price, Price>>,
  Expect<Conforms<Stripe.LineItem, CheckoutLineItem>>,
  Expect<Conforms<Stripe.Checkout.Session, CheckoutSession>>,
  Expect<Conforms<Stripe.PaymentIntent, PaymentIntent>>,
  Expect<Conforms<Stripe.PaymentMethod, PaymentMethod>>,
  Expect<Conforms<Stripe.Charge, Charge>>,
  Expect<Conforms<Stripe.Refund, Refund>>,
  Expect<Conforms<Stripe.SubscriptionItem, SubscriptionItem>>,
  Expect<Conforms<Stripe.Subscription, Subscription>>,
  Expect<Conforms<Stripe.InvoiceLineItem, InvoiceLineItem>>,
  Expect<Conforms<Stripe.Invoice, Invoice>>,
  Expect<Conforms<Stripe.InvoicePayment, InvoicePayment>>,
  Expect<Conforms<Stripe.Account, Account>>,
  Expect<Conforms<Stripe.BillingPortal.Session, PortalSession>>,
  Expect<Conforms<Stripe.Transfer, Transfer>>,
  Expect<Conforms<Stripe.ApplicationFee, ApplicationFee>>,
  Expect<Conforms<Stripe.Event, Omit<Event, "data">>>,
];
