/** The address a build gets when SITE is not set: embed code made with it works nowhere. */
export const PLACEHOLDER_SITE = 'https://jincheng-budget.example.org';
