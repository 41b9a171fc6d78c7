"use client";
import type { AssetMaxima, AssetMaximaLimits, AssetMaximumKey } from "@customer-kit/client";
import { useQuery } from "@tanstack/react-query";
import { constraints, type FieldConstraint } from "../generated/constraints";
import { useReplaceAssetMaxima } from "../mutations";
import { useCustomerKit } from "../provider";
import { assetMaximaQueries } from "../queries/asset-maxima";
import { useForm } from "./core";
import { type CustomerFormOptions, useBaseVersion } from "./customer";

const LIMITS: Record<string, FieldConstraint> = constraints.AssetMaximaUpdate;
/** Every asset maximum key, in the contract's order. */
const KEYS = Object.keys(LIMITS).map((path) => path.slice(7) as AssetMaximumKey);

/** The values of {@link useAssetMaximaForm}: a string per key, `""` for no limit. */
export type AssetMaximaValues = Record<AssetMaximumKey, string>;

/** A limit as the API has it: `null` for none, a number for counts, else a decimal string. */
const toLimit = (key: AssetMaximumKey, value: string) =>
  value === "" ? null : LIMITS[`limits.${key}`]?.maximum !== undefined ? Number(value) : value;

/** How one countable key's usage stands against the limit typed. */
export interface AssetUsageState {
  key: AssetMaximumKey;
  used: number;
  /** `null`: no limit. */
  limit: number | null;
  /** `used / limit`; `null` without a limit. */
  ratio: number | null;
  /** `"near"` from 80 % of the limit, `"over"` above it. */
  state: "ok" | "near" | "over" | "unlimited";
}

/**
 * The customer's asset maxima, all in one form and one save (`PUT` with `If-Match`): an empty
 * field is no limit (`null`). `usage` sets what the customer uses now against each limit as typed;
 * `diff` lists what the save will change.
 */
export function useAssetMaximaForm({
  customerId,
  ...props
}: CustomerFormOptions<AssetMaximaValues>) {
  const { client } = useCustomerKit();
  const current = useQuery(assetMaximaQueries.detail(client, customerId)).data;
  const data = current?.value;
  const version = useBaseVersion(current);
  const replace = useReplaceAssetMaxima(customerId, { base: version.get() });
  const base = {} as AssetMaximaValues;
  for (const key of KEYS) base[key] = data?.limits[key]?.toString() ?? "";
  const form = useForm<AssetMaximaValues, AssetMaxima>({
    ...props,
    onValueChange: (values) => {
      version.pin();
      props.onValueChange?.(values);
    },
    base,
    draftKey: `assetMaxima:${customerId}`,
    constraints: LIMITS,
    path: "limits.",
    submit: async (values) => {
      const limits: Record<string, unknown> = {};
      for (const key of KEYS) limits[key] = toLimit(key, values[key]);
      const saved = await replace.mutateAsync({ limits: limits as AssetMaximaLimits });
      version.drop();
      return saved.value;
    },
  });
  return {
    ...form,
    /** Back to the current values: drops the draft and the version the edit was based on. */
    reset: () => {
      version.drop();
      form.reset();
    },
    /** The asset maxima as last read (with `currency`, of the money limits). */
    assetMaxima: data,
    usage: (data?.usage ?? []).map(({ key, used }): AssetUsageState => {
      const limit = toLimit(key, form.values[key]) as number | null;
      const ratio = limit === null ? null : limit > 0 ? used / limit : used > 0 ? Infinity : 1;
      const state =
        ratio === null ? "unlimited" : ratio > 1 ? "over" : ratio >= 0.8 ? "near" : "ok";
      return { key, used, limit, ratio, state };
    }),
    /** What the save changes, in the contract's order of keys, as the API has the limits. */
    diff: KEYS.filter((key) => form.dirty[key]).map((key) => ({
      key,
      from: toLimit(key, base[key]),
      to: toLimit(key, form.values[key]),
    })),
    conflict: replace.conflict,
  };
}
