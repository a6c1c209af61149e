/** How many items of a long editor list are shown at once (paged-list.tsx); the e2e tests count on it. */
export const PAGE_SIZE = 20;
