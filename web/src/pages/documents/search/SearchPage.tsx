import { Card, Empty, Flex, Grid, List, Typography } from 'antd';
import { FileTextOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n';
import { ErrorState } from '../../../components/ErrorState';
import { useDocumentSearch, type SearchHit } from '../api';
import { DocumentFilters, readFilters, useUrlState } from '../list/DocumentFilters';
import { Highlighted, queryWords, Snippet } from './highlight';
import '../documents.css';

const SEARCH_KEYS = ['q', 'year', 'kind', 'secretLevel', 'status'] as const;
const PAGE_SIZE = 20;
/** The server ranks at most so many pages of a query. */
const MAX_PAGE = 100;

/** One hit: the title (to the 稿纸) and the 文号 with the query's words marked, and the passage of the body. */
function Hit({ hit, words }: { hit: SearchHit; words: string[] }) {
  return (
    <List.Item data-testid="search-hit" style={{ display: 'block' }}>
      <Flex vertical gap={4}>
        <Link to={`/documents/${hit.ownerId}`} style={{ fontSize: 16 }}>
          <FileTextOutlined /> <Highlighted text={hit.title} words={words} />
        </Link>
        {hit.number && (
          <Typography.Text type="secondary" data-testid="search-hit-number">
            <Highlighted text={hit.number} words={words} />
          </Typography.Text>
        )}
        {hit.snippet && (
          <div className="tb-doc-snippet">
            <Snippet html={hit.snippet} />
          </div>
        )}
      </Flex>
    </List.Item>
  );
}

/**
 * 公文检索: the full text (title, 文号, body) of the documents the person may open, with 年度, 文种,
 * 密级 and 状态; the query, the filters and the page live in the URL.
 */
export default function SearchPage() {
  const t = useT();
  const phone = Grid.useBreakpoint().md === false;
  const [params, update] = useUrlState();
  const filters = readFilters(params, SEARCH_KEYS);
  const page = Math.min(Math.max(Number(params.get('page')) || 1, 1), MAX_PAGE);
  const search = useDocumentSearch({ ...filters, page, pageSize: PAGE_SIZE });
  const result = search.data;
  const words = queryWords(filters.q ?? '');

  const body = () => {
    if (!filters.q) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('documents.search.hint')} />;
    if (search.error) return <ErrorState error={search.error} onRetry={() => search.refetch()} />;
    return (
      <>
        {result && (
          <Typography.Text type="secondary" data-testid="search-total">
            {t(result.exact ? 'documents.search.total' : 'documents.search.about', { total: result.total })}
          </Typography.Text>
        )}
        <List
          dataSource={result?.items}
          loading={search.isFetching}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('documents.search.none')} /> }}
          renderItem={(hit) => <Hit hit={hit} words={words} />}
          pagination={
            result && result.total > PAGE_SIZE
              ? {
                  current: page,
                  pageSize: PAGE_SIZE,
                  total: Math.min(result.total, MAX_PAGE * PAGE_SIZE),
                  showSizeChanger: false,
                  size: phone ? 'small' : undefined,
                  align: 'center',
                  onChange: (p) => update({ page: p > 1 ? p : undefined }),
                }
              : false
          }
        />
      </>
    );
  };

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('documents.search.heading')}
      </Typography.Title>
      <Card styles={{ body: { padding: phone ? 12 : 24 } }}>
        {/* A new query or filter starts again from the first page. */}
        <DocumentFilters phone={phone} value={filters} onChange={(changes) => update({ ...changes, page: undefined })} variant="search" />
        {body()}
      </Card>
    </Flex>
  );
}
