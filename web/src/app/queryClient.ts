import { QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';
import { ME_KEY } from './auth';

const isClientError = (err: unknown) => err instanceof ApiError && err.status >= 400 && err.status < 500;

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    // A session that ended (idle timeout, logout elsewhere) sends the person back to the login page.
    onError: (err) => {
      if (err instanceof ApiError && err.status === 401) queryClient.setQueryData(ME_KEY, null);
    },
  }),
  defaultOptions: {
    queries: {
      retry: (failures, err) => !isClientError(err) && failures < 2,
      refetchOnWindowFocus: false,
      staleTime: 30_000,
    },
    mutations: { retry: false },
  },
});
