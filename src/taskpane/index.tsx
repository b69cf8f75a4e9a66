import { createRoot } from 'react-dom/client';
import { FluentProvider, Title2, Body1, webLightTheme } from '@fluentui/react-components';

function App() {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 16 }}>
        <Title2 as="h1">整改台账助手</Title2>
        <Body1 as="p">导入整改清单、校验台账、查看逾期、生成领导汇总。</Body1>
      </main>
    </FluentProvider>
  );
}

const container = document.getElementById('root');
if (container) createRoot(container).render(<App />);
