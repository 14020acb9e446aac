/** Password length limits, apart from the rules so that forms can show them without the word list. */
export const PASSWORD_MIN_LENGTH = 15;
export const PASSWORD_MAX_LENGTH = 256;
