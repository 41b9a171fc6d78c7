import type {
  AssetMaxima,
  Customer,
  CustomerKitError,
  Email,
  Impersonation,
  Key,
  TagSet,
  UnitOfferPurchase,
  UnitTransactionResult,
  User,
  UserCreated,
} from "@customer-kit/client";
import { describe, expectTypeOf, it } from "vitest";
import type { Versioned } from "../queries/versioned";
import { useReplaceAssetMaxima } from "./asset-maxima";
import {
  useCreateCustomer,
  useCreateSimilarCustomer,
  useDeleteCustomer,
  useImpersonateCustomer,
  useUpdateCustomer,
} from "./customers";
import { useSendCustomerEmail } from "./emails";
import { useCreateKey, useDeleteKey, useUpdateKey } from "./keys";
import { useReplaceCustomerTags } from "./tags";
import { useCreateUnitTransaction, usePurchaseUnitOffer } from "./units";
import { useCreateUser, useDeleteUser, useUpdateUser } from "./users";
import type { Conflict, ConflictError } from "./versioned";

// Type tests only: vitest typechecks this file and never runs it (hooks outside components).
const id = "3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b";

describe("results are the contract's types", () => {
  it("creates and POSTs resolve with their 2xx bodies", () => {
    expectTypeOf(useCreateCustomer().data).toEqualTypeOf<Versioned<Customer> | undefined>();
    expectTypeOf(useCreateSimilarCustomer(id).data).toEqualTypeOf<
      Versioned<Customer> | undefined
    >();
    expectTypeOf(useImpersonateCustomer(id).data).toEqualTypeOf<Impersonation | undefined>();
    expectTypeOf(useCreateUnitTransaction(id).data).toEqualTypeOf<
      UnitTransactionResult | undefined
    >();
    expectTypeOf(usePurchaseUnitOffer(id).data).toEqualTypeOf<UnitOfferPurchase | undefined>();
    expectTypeOf(useSendCustomerEmail(id).data).toEqualTypeOf<Email | undefined>();
    // The generated UserCreated is an intersection (User & { credential }); the call's body is
    // the same type spelled flat, so compare both ways.
    const created = useCreateUser(id).data;
    expectTypeOf(created).toExtend<UserCreated | undefined>();
    expectTypeOf<UserCreated | undefined>().toExtend<typeof created>();
    expectTypeOf(useCreateKey(id).data).toEqualTypeOf<Key | undefined>();
    expectTypeOf(useDeleteCustomer(id).data).toEqualTypeOf<undefined>();
  });

  it("edits resolve with the resource and its version, and expose a typed conflict", () => {
    const update = useUpdateCustomer(id);
    expectTypeOf(update.data).toEqualTypeOf<Versioned<Customer> | undefined>();
    expectTypeOf(update.conflict).toEqualTypeOf<Conflict<Customer> | undefined>();
    expectTypeOf(update.error).toEqualTypeOf<CustomerKitError | ConflictError<Customer> | null>();
    expectTypeOf(useReplaceCustomerTags(id).conflict).toEqualTypeOf<Conflict<TagSet> | undefined>();
    expectTypeOf(useReplaceAssetMaxima(id).data).toEqualTypeOf<
      Versioned<AssetMaxima> | undefined
    >();
    expectTypeOf(useUpdateUser(id).conflict).toEqualTypeOf<Conflict<User> | undefined>();
    expectTypeOf(useUpdateKey(id).data).toEqualTypeOf<Versioned<Key> | undefined>();
  });

  it("errors of the other writes are the client's", () => {
    expectTypeOf(useCreateUnitTransaction(id).error).toEqualTypeOf<CustomerKitError | null>();
  });
});

describe("wrong inputs fail to compile", () => {
  it("unit transactions want the contract's body", () => {
    const credit = useCreateUnitTransaction(id);
    credit.mutate({ direction: "CREDIT", amount: "25.00", description: "Goodwill" });
    // @ts-expect-error: amounts are decimal strings, not numbers
    credit.mutate({ direction: "CREDIT", amount: 25, description: "Goodwill" });
    // @ts-expect-error: not a TransactionDirection
    credit.mutate({ direction: "REFUND", amount: "25.00", description: "Goodwill" });
    // @ts-expect-error: description is required
    credit.mutate({ direction: "CREDIT", amount: "25.00" });
  });

  it("a customer patch takes the contract's fields only", () => {
    const update = useUpdateCustomer(id);
    update.mutate({ name: "Northwind", configuration: { address: { town: "Leeds" } } });
    // @ts-expect-error: no such field
    update.mutate({ nickname: "Northwind" });
    // @ts-expect-error: not a CustomerStatus a patch may set
    update.mutate({ status: "DELETED" });
    // @ts-expect-error: the base is a versioned customer
    useUpdateCustomer(id, { base: { name: "Northwind" } });
  });

  it("tags, asset maxima, users and keys want theirs", () => {
    useReplaceCustomerTags(id).mutate({ tags: ["gpu"] });
    // @ts-expect-error: tags are a set of strings
    useReplaceCustomerTags(id).mutate({ tags: "gpu" });
    useReplaceAssetMaxima(id).mutate({ limits: { MAX_SERVERS: 20, CUTOFF_BALANCE: "-50.00" } });
    // @ts-expect-error: not an asset maximum
    useReplaceAssetMaxima(id).mutate({ limits: { MAX_PONIES: 2 } });
    useUpdateUser(id).mutate({ userId: id, body: { status: "DISABLED" } });
    // @ts-expect-error: the user's id is required
    useUpdateUser(id).mutate({ body: { status: "DISABLED" } });
    // @ts-expect-error: not a user status
    useUpdateUser(id).mutate({ userId: id, body: { status: "ASLEEP" } });
    useDeleteUser(id).mutate({ userId: id });
    useUpdateKey(id).mutate({ keyId: id, body: { weight: 10 } });
    // @ts-expect-error: weight is a number
    useUpdateKey(id).mutate({ keyId: id, body: { weight: "10" } });
    useDeleteKey(id).mutate({ keyId: id, etag: '"v1"' });
    useDeleteCustomer(id).mutate();
    // @ts-expect-error: an e-mail needs a message
    useSendCustomerEmail(id).mutate({ subject: "Hello" });
  });
});
