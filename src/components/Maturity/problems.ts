import * as maturityStrings from 'MaturityStrings';
import { formatString } from '../../domain/text';
import { MaturityRefusedError, type IQuestionView } from '../../services/MaturityService';

/**
 * The sentence for a refusal of the maturity service, naming the question it is about; undefined for
 * any other error (shown by ErrorMessage with "Try again").
 * @param questions The questionnaire, to name a question refused as `answers.<code>` by its text.
 */
export function refusalText(error: unknown, questions: ReadonlyArray<IQuestionView>): string | undefined {
  if (!(error instanceof MaturityRefusedError)) return undefined;
  switch (error.refusal) {
    case 'busy': return maturityStrings.Maturity_Busy;
    case 'notPermitted': return maturityStrings.Maturity_NotPermitted;
    case 'invalid': {
      const code = error.field.replace(/^answers\./, '');
      const question = questions.filter(q => q.key === code)[0];
      return formatString(maturityStrings.Maturity_InvalidAnswer, question ? question.text : code);
    }
    default: return undefined;
  }
}
