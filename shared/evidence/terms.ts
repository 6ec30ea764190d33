// Words a claim and its translation share in meaning but not in spelling. A word segmenter splits
// Chinese into words, but `员工` and `employees` still never meet: each word here is brought to one
// concept so that the words around a figure count in either language. Kept to what ESG reports and
// their data tables say about what a figure counts, measures or covers; anything else still
// matches by its spelling (`PUE`, `Alipay`, `CO2`) or by the figures around it.

const CONCEPTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['user', ['用户', '使用者', 'user', 'users']],
  ['internet', ['网民', '互联网', '网络', 'internet', 'online', '线上', '网上']],
  ['mobile', ['手机', '移动', 'mobile']],
  ['payment', ['支付', '付款', 'payment', 'payments', 'pay', 'paying']],
  ['employee', ['员工', '雇员', '职工', 'employee', 'employees', 'staff', 'workforce']],
  ['woman', ['女性', '女', 'women', 'woman', 'female']],
  ['man', ['男性', 'men', 'male']],
  ['emission', ['排放', '排放量', 'emission', 'emissions']],
  ['greenhouse', ['温室', '温室气体', 'greenhouse', 'ghg']],
  ['carbon', ['碳', '减碳', '二氧化碳', 'carbon', 'co2', 'decarbonization']],
  ['scope', ['范围', 'scope']],
  ['energy', ['能源', '能耗', 'energy']],
  ['electricity', ['电力', '用电', '电', 'electricity', 'power']],
  ['clean', ['清洁', '绿色', '可再生', 'clean', 'green', 'renewable']],
  ['total', ['总', '总量', '合计', '总计', '共计', '累计', 'total', 'totally', 'cumulative', 'overall']],
  ['loan', ['贷', '贷款', '借款', 'loan', 'loans', 'lending', 'credit']],
  ['credit', ['信用', '授信', 'creditworthiness', 'credit']],
  ['deposit', ['押金', 'deposit', 'deposits']],
  ['customer', ['客户', '顾客', '消费者', '回头客', 'customer', 'customers', 'consumer', 'consumers']],
  ['merchant', ['商家', '商户', '店主', '企业', 'merchant', 'merchants', 'business', 'businesses', 'enterprise', 'enterprises']],
  ['small', ['小微', '中小', 'small', 'micro', 'sme', 'smes']],
  ['city', ['城市', '城', 'city', 'cities', 'cites']],
  ['county', ['县', 'county', 'counties']],
  ['village', ['村', '乡村', '农村', 'village', 'villages', 'rural']],
  ['hospital', ['医院', 'hospital', 'hospitals']],
  ['patient', ['患者', '病人', 'patient', 'patients']],
  ['time', ['时间', '时长', 'time']],
  ['reduce', ['减少', '降低', '缩短', 'reduce', 'reduced', 'reduction', 'decrease', 'decreased', 'cut']],
  ['increase', ['增加', '增长', '提升', 'increase', 'increased', 'growth', 'grew']],
  ['year', ['年', '年度', '财年', 'year', 'years', 'annual', 'fy']],
  ['day', ['天', '日', 'day', 'days', 'daily']],
  ['turnover', ['营业额', '营收', '收入', '交易额', 'turnover', 'revenue', 'gmv', 'transaction']],
  ['amount', ['金额', '数额', '总额', 'amount']],
  ['service', ['服务', 'service', 'services']],
  ['share', ['占比', '比例', '占', 'share', 'proportion', 'accounting', 'percent']],
  ['training', ['培训', 'training', 'trained']],
  ['hour', ['小时', 'hour', 'hours']],
  ['child', ['儿童', '孩子', '小孩', 'child', 'children']],
  ['director', ['董事', 'director', 'directors', 'board']],
  ['independent', ['独立', 'independent']],
  ['volunteer', ['志愿者', '志愿', 'volunteer', 'volunteers', 'volunteering']],
  ['donation', ['捐赠', '捐款', 'donation', 'donations', 'donated']],
  ['debtor', ['老赖', '债务人', '失信', 'debtor', 'debtors', 'dishonest']],
  ['point', ['分', '积分', 'point', 'points', 'score']],
  ['property', ['房产', '房', 'property', 'properties', 'house']],
  ['shop', ['店', '网店', '淘宝店', 'shop', 'store', 'stores']],
  ['takeout', ['外卖', 'takeout', 'delivery']],
  ['shopping', ['网购', '购物', 'shopping', 'shoppers', 'shopper']],
  ['public', ['公共', '政务', 'public', 'government']],
  ['data', ['数据', 'data']],
  ['center', ['中心', 'center', 'centre', 'centers']],
  ['package', ['包装', '纸箱', '包材', 'packaging', 'package', 'boxes']],
  ['waste', ['废弃物', '垃圾', 'waste']],
  ['water', ['水', '用水', 'water']],
  // Counted nouns and the Chinese measure words that count them.
  ['pair', ['双', 'pair', 'pairs']],
  ['set', ['套', 'set', 'sets']],
  ['piece', ['款', '件', 'piece', 'pieces', 'item', 'items']],
  ['people', ['人', '名', '位', '人次', 'people', 'person', 'persons']],
  ['times', ['次', 'times']],
];

const TERMS: ReadonlyMap<string, string> = new Map(CONCEPTS.flatMap(([concept, words]) => words.map((word) => [word, `~${concept}`] as const)));

/** The concept a word stands for (`~employee` for `员工` and `staff`), or the word itself. */
export function conceptOf(word: string): string {
  return TERMS.get(word) ?? word;
}
