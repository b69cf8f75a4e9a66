import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Caption1,
  Card,
  Subtitle2,
  mergeClasses,
} from '@fluentui/react-components';
import { useId } from 'react';
import type { RectificationList } from '../../core/list/schema';
import { useStrings } from '../i18n/context';
import { previewOf } from '../model/list-preview';
import { usePanelStyles } from './styles';

const NOTES_SHOWN = 20;

/** The parsed list at a glance: counts, leaders, deadlines and parser notes, before any write. */
export function ListPreviewCard({
  list,
  readOnly = false,
}: {
  list: RectificationList;
  readOnly?: boolean;
}) {
  const t = useStrings();
  const styles = usePanelStyles();
  const headingId = useId();
  const p = previewOf(list);
  const d = p.deadlines;
  return (
    <Card aria-labelledby={headingId}>
      <Subtitle2 block as="h3" id={headingId} className={styles.flush}>
        {readOnly ? t.preview.readOnlyHeading : t.preview.heading}
      </Subtitle2>
      <Body1 block className={styles.wrap} data-testid="preview-title">
        {t.preview.titleLine(p.title || t.preview.untitled)}
      </Body1>
      <Body1 block data-testid="preview-counts">
        {t.preview.counts(p.items, p.measures)}
      </Body1>
      {p.items === 0 ? (
        <Body1 block role="alert">
          {t.preview.noItems}
        </Body1>
      ) : null}
      <div data-testid="preview-leaders">
        <Body1 block>
          {p.leaders.length ? t.preview.leaders(p.leaders.length) : t.preview.noLeaders}
        </Body1>
        {p.leaders.length ? (
          <Caption1 block as="p" className={mergeClasses(styles.flush, styles.wrap)}>
            {t.preview.names(p.leaders)}
          </Caption1>
        ) : null}
      </div>
      <div data-testid="preview-deadlines">
        <Body1 block>{t.preview.deadlines}</Body1>
        <Caption1 block as="p" className={styles.flush}>
          {t.preview.clauses([
            t.preview.deadlineKinds(d.dated, d.ongoing, d.unknown, d.reportedDone),
            ...(d.earliest && d.latest ? [t.preview.dateRange(d.earliest, d.latest)] : []),
          ])}
        </Caption1>
      </div>
      <div data-testid="preview-notes">
        <Body1 block>
          {p.notes.length ? t.preview.warnings(p.notes.length) : t.preview.noWarnings}
        </Body1>
        {p.notes.length ? (
          <ul className={styles.list}>
            {p.notes.slice(0, NOTES_SHOWN).map((note, i) => (
              <li key={i}>
                <Caption1 block>{note.message}</Caption1>
              </li>
            ))}
          </ul>
        ) : null}
        {p.notes.length > NOTES_SHOWN ? (
          <Caption1 block>{t.preview.moreWarnings(p.notes.length - NOTES_SHOWN)}</Caption1>
        ) : null}
      </div>
      {p.items > 0 ? (
        <Accordion collapsible>
          <AccordionItem value="items">
            <AccordionHeader size="small">{t.preview.itemsToggle}</AccordionHeader>
            <AccordionPanel>
              <ol className={styles.plainList}>
                {list.items.map((item) => (
                  <li key={item.no}>
                    <Caption1 block className={styles.wrap}>
                      {t.preview.itemLine(item.numeral, item.deadline.text || '—', item.leaders)}
                    </Caption1>
                  </li>
                ))}
              </ol>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      ) : null}
    </Card>
  );
}
