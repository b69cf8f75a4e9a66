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
import { diagnosticText } from '../../core/list/diagnostics';
import type { RectificationList } from '../../core/list/schema';
import { joinClauses, joinNames } from '../../core/i18n';
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
  const { t, language } = useStrings();
  const styles = usePanelStyles();
  const headingId = useId();
  const p = previewOf(list);
  const d = p.deadlines;
  return (
    <Card aria-labelledby={headingId}>
      <Subtitle2 block as="h3" id={headingId} className={styles.flush}>
        {t(readOnly ? 'pane.preview.readOnlyHeading' : 'pane.preview.heading')}
      </Subtitle2>
      <Body1 block className={styles.wrap} data-testid="preview-title">
        {t('pane.preview.titleLine', { title: p.title || t('pane.preview.untitled') })}
      </Body1>
      <Body1 block data-testid="preview-counts">
        {t('pane.preview.counts', { items: p.items, measures: p.measures })}
      </Body1>
      {p.items === 0 ? (
        <Body1 block role="alert">
          {t('pane.preview.noItems')}
        </Body1>
      ) : null}
      <div data-testid="preview-leaders">
        <Body1 block>
          {p.leaders.length
            ? t('pane.preview.leaders', { count: p.leaders.length })
            : t('pane.preview.noLeaders')}
        </Body1>
        {p.leaders.length ? (
          <Caption1 block as="p" className={mergeClasses(styles.flush, styles.wrap)}>
            {joinNames(language, p.leaders)}
          </Caption1>
        ) : null}
      </div>
      <div data-testid="preview-deadlines">
        <Body1 block>{t('pane.preview.deadlines')}</Body1>
        <Caption1 block as="p" className={styles.flush}>
          {joinClauses(language, [
            t('pane.preview.deadlineKinds', { ...d, done: d.reportedDone }),
            ...(d.earliest && d.latest
              ? [t('pane.preview.dateRange', { from: d.earliest, to: d.latest })]
              : []),
          ])}
        </Caption1>
      </div>
      <div data-testid="preview-notes">
        <Body1 block>
          {p.notes.length
            ? t('pane.preview.warnings', { count: p.notes.length })
            : t('pane.preview.noWarnings')}
        </Body1>
        {p.notes.length ? (
          <ul className={styles.list}>
            {p.notes.slice(0, NOTES_SHOWN).map((note, i) => (
              <li key={i}>
                <Caption1 block>{diagnosticText(note, language)}</Caption1>
              </li>
            ))}
          </ul>
        ) : null}
        {p.notes.length > NOTES_SHOWN ? (
          <Caption1 block>
            {t('pane.preview.moreWarnings', { count: p.notes.length - NOTES_SHOWN })}
          </Caption1>
        ) : null}
      </div>
      {p.items > 0 ? (
        <Accordion collapsible>
          <AccordionItem value="items">
            <AccordionHeader size="small">{t('pane.preview.itemsToggle')}</AccordionHeader>
            <AccordionPanel>
              <ol className={styles.plainList}>
                {list.items.map((item) => (
                  <li key={item.no}>
                    <Caption1 block className={styles.wrap}>
                      {item.leaders.length
                        ? t('pane.preview.itemLineLeaders', {
                            numeral: item.numeral,
                            deadline: item.deadline.text || t('common.dash'),
                            leaders: joinNames(language, item.leaders),
                          })
                        : t('pane.preview.itemLine', {
                            numeral: item.numeral,
                            deadline: item.deadline.text || t('common.dash'),
                          })}
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
