import { QUESTION_CATEGORY_LABELS, type QuestionCategory } from '@rapport/domain';
import { CheckboxField } from '@rapport/ui/checkbox-field';
import type { QuestionView } from '../utils/notes-sync';
import { NoteField } from './note-field';

const aboutLabel = (category: string) =>
  `About ${QUESTION_CATEGORY_LABELS[category as QuestionCategory] ?? 'something else'}`;

const TICK_STATE: { readonly [S in QuestionView['tickState']]: string | null } = {
  saved: null,
  saving: 'Saving…',
  offline: 'Tick not sent yet',
  refused: 'Tick not saved',
};

export interface QuestionListProps {
  /** The id of the heading that names the list. */
  labelledBy: string;
  questions: readonly QuestionView[];
  touched: ReadonlySet<string>;
  onTick: (questionId: string, asked: boolean) => void;
  onNote: (questionId: string, text: string) => void;
}

/** The prepared questions, each to tick once asked, with a note on the answer. */
export function QuestionList({
  labelledBy,
  questions,
  touched,
  onTick,
  onNote,
}: QuestionListProps) {
  return (
    <ol className="meeting-questions" aria-labelledby={labelledBy}>
      {questions.map((q) => (
        <li
          key={q.questionId}
          className={`meeting-question${q.asked ? ' meeting-question--asked' : ''}`}
        >
          <CheckboxField
            className="meeting-question__tick"
            label={q.question}
            checked={q.asked}
            onChange={(event) => onTick(q.questionId, event.target.checked)}
            hint={[aboutLabel(q.category), TICK_STATE[q.tickState]].filter(Boolean).join(' · ')}
          />
          <NoteField
            label={`Note on: ${q.question}`}
            hideLabel
            placeholder="Their answer, in a few words"
            rows={2}
            field={q.note}
            touched={touched.has(q.questionId)}
            onChange={(text) => onNote(q.questionId, text)}
          />
        </li>
      ))}
    </ol>
  );
}
