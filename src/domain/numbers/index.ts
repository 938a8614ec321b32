/** Numbers as users type and read them: amounts in the user's locale. */
export { formatAmountFor, formatMoney, MAX_AMOUNT, MINUS_SIGN, withMinusSign, numberSymbols, readAmount, type AmountProblem, type AmountReading, type INumberSymbols } from './amount';
