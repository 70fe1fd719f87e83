// Russian strings of the network card (see en-network.ts).
export const ruNetwork = {
  root: 'Корневой контракт',
  rootMissing: 'Корневой контракт не задан: укажите его в Настройки → Сеть.',
  readAt: 'прочитан {{time}}',
  version: 'конфигурация v{{version}}',
  test: 'тестовая сеть',
  price: 'Клиенты платят {{price}} наноTON за токен; воркеры получают {{fee}}',
  registered_one: 'зарегистрирован {{count}} прокси',
  registered_few: 'зарегистрировано {{count}} прокси',
  registered_many: 'зарегистрировано {{count}} прокси',
  registered_other: 'зарегистрировано {{count}} прокси',
  status: {
    ok: 'актуален',
    reading: 'чтение…',
    unreachable: 'узел TON API недоступен',
    'no-root': 'по этому адресу нет корневого контракта',
    'bad-config': 'конфигурация корневого контракта не читается',
    'not-configured': 'не задан',
  },
  tier: { tee: 'TEE-прокси', home: 'домашний прокси', manual: 'вручную (не проверен)' },
  verified: 'проверен по корневому контракту',
  unverified: 'не проверен',
  teeCaveat:
    'Квота TEE-прокси проверяется без сети (структура, привязанный TLS-ключ, хеш образа в корневом контракте); цепочка сертификатов производителя — нет.',
};
