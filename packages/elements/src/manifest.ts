/**
 * The custom-elements manifest (schema 2.1) from the registry: what editors, Storybook and
 * framework tooling read to know each element's attributes, properties and events.
 * `pnpm --filter @customer-kit/elements manifest` writes it; `manifest.test.ts` fails when the
 * committed file is stale.
 */
import { COMMON_EVENTS, type EventSpec, registry, TAGS } from "./registry";

const className = (tag: string) =>
  `${tag.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase())}Element`;

const SHADOW = {
  name: "shadow",
  type: { text: "boolean" },
  description:
    "Render into an open shadow root with the kit's stylesheet adopted; the parts are exposed to `::part()` under their `data-part` names. Read when the element connects.",
};

export function buildManifest() {
  const declarations = TAGS.map((tag) => {
    const spec = registry[tag];
    const attributes = Object.entries(spec.attributes).map(([name, a]) => ({
      name,
      type: { text: a.type },
      fieldName: a.prop,
      description: a.description,
    }));
    const withAttribute = new Map(Object.entries(spec.attributes).map(([n, a]) => [a.prop, n]));
    const properties = spec.properties as Record<string, { type: string; description: string }>;
    const fields = [...new Set([...withAttribute.keys(), ...Object.keys(properties)])].map(
      (name) => {
        const attribute = withAttribute.get(name);
        const attributeSpec = attribute
          ? (spec.attributes as Record<string, { type: string; description: string }>)[attribute]
          : undefined;
        return {
          kind: "field",
          name,
          type: { text: properties[name]?.type ?? attributeSpec?.type ?? "unknown" },
          description: properties[name]?.description ?? attributeSpec?.description ?? "",
          ...(attribute && { attribute, reflects: true }),
        };
      },
    );
    const events = [
      ...Object.entries(spec.events as Record<string, EventSpec<unknown>>).map(([name, e]) => ({
        name,
        type: { text: `CustomEvent<${e.detailType}>` },
        description: `${e.description}${e.cancelable ? " Cancelable." : ""}`,
      })),
      ...Object.entries(COMMON_EVENTS).map(([name, e]) => ({
        name,
        type: { text: `CustomEvent<${e.detailType}>` },
        description: e.description,
      })),
    ];
    return {
      kind: "class",
      name: className(tag),
      tagName: tag,
      customElement: true,
      description: spec.description,
      attributes: [...attributes, SHADOW],
      members: fields,
      events,
    };
  });
  return {
    schemaVersion: "2.1.0",
    readme: "README.md",
    modules: [
      {
        kind: "javascript-module",
        path: "dist/index.js",
        declarations,
        exports: declarations.map((d) => ({
          kind: "custom-element-definition",
          name: d.tagName,
          declaration: { name: d.name, module: "dist/index.js" },
        })),
      },
    ],
  };
}

/** The file's text, as committed. */
export const manifestText = (): string => `${JSON.stringify(buildManifest(), null, 2)}\n`;
