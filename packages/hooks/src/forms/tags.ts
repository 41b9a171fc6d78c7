"use client";
import type { TagSet } from "@customer-kit/client";
import { useQuery } from "@tanstack/react-query";
import type { KeyboardEvent } from "react";
import { constraints } from "../generated/constraints";
import { useReplaceCustomerTags } from "../mutations";
import { useCustomerKit } from "../provider";
import { customerQueries } from "../queries/customers";
import { checkField, formError, useForm } from "./core";
import { type CustomerFormOptions, useBaseVersion } from "./customer";

/** The values of {@link useTagsForm}: the tags, and the one being typed. */
export type TagsValues = {
  tags: string[];
  tag: string;
};

// An empty input is no tag to add, not an error; adding checks the rule with `required`.
const { required: _, minLength: __, ...TAG } = constraints.TagSet["tags[]"];

/**
 * The customer's tags: add one at a time (with completion from the tags in use), remove, then one
 * save of the whole set with `If-Match`. A duplicate or a tag the contract refuses is an error on
 * `tag` and is not added.
 *
 * @example <input {...form.inputProps} list="tags" /> {form.suggestions.map(…)}
 */
export function useTagsForm({ customerId, ...props }: CustomerFormOptions<TagsValues>) {
  const { client } = useCustomerKit();
  const current = useQuery(customerQueries.tags(client, customerId)).data;
  const version = useBaseVersion(current);
  const replace = useReplaceCustomerTags(customerId, { base: version.get() });
  const form = useForm<TagsValues, TagSet>({
    ...props,
    onValueChange: (values) => {
      version.pin();
      props.onValueChange?.(values);
    },
    base: { tags: current?.value.tags ?? [], tag: "" },
    draftKey: `tags:${customerId}`,
    constraints: { tag: TAG },
    submit: async (values) => {
      const saved = await replace.mutateAsync({ tags: values.tags });
      version.drop();
      return saved.value;
    },
  });
  const { tags, tag } = form.values;
  const q = tag.trim();
  const inUse = useQuery({ ...customerQueries.tagsInUse(client, { q }), enabled: q !== "" }).data;

  /** Adds `tag` (default: the one typed); `false` when it was refused (see `errors.tag`). */
  const addTag = (next = tag): boolean => {
    const t = next.trim();
    const error =
      checkField({ ...TAG, required: true }, t) ??
      (tags.includes(t) ? formError("duplicate") : undefined);
    if (error) form.setError("tag", error);
    else form.setValues({ tags: [...tags, t], tag: "" });
    return !error;
  };
  return {
    ...form,
    addTag,
    removeTag: (t: string) =>
      form.setValue(
        "tags",
        tags.filter((x) => x !== t),
      ),
    /** Tags in use by the caller's customers that start with what is typed, less those already set. */
    suggestions: inUse?.items.map((u) => u.tag).filter((t) => !tags.includes(t)) ?? [],
    /** Props of the input a tag is typed in: Enter adds it. */
    inputProps: {
      ...form.getFieldProps("tag"),
      "aria-autocomplete": "list" as const,
      onKeyDown: (event: KeyboardEvent) => {
        if (event.key === "Enter") {
          event.preventDefault();
          addTag();
        }
      },
    },
    conflict: replace.conflict,
  };
}
