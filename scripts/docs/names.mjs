// How the docs name things: pages, resources, placeholders and the banner.

/** Every generated Markdown file starts with this line (the source names the table file it comes from). */
export function banner(source) {
  return `<!-- GENERATED FILE — DO NOT EDIT. Source: ${source}. Regenerate with: npm run build:docs -->`;
}

/** `applicationApiToken` → `Application Api Token`, as the seed titles `org` "Org". */
export function resourceTitle(resource) {
  const words = resource.replace(/([a-z0-9])([A-Z])/g, '$1 $2');
  return words[0].toUpperCase() + words.slice(1);
}

/** The reference page of a resource, relative to docs/. */
export const pageFile = (resource) => `${resource}.md`;

/** The placeholder a reader replaces: `orgId` → `myOrgId`, as the seed names them. */
export function placeholder(paramName) {
  return `my${paramName[0].toUpperCase()}${paramName.slice(1)}`;
}

/** The placeholder of the path of a file to upload: `importBundle` → `myImportBundlePath`. */
export const filePathPlaceholder = (paramName) => `${placeholder(paramName)}Path`;
