/** Topics planners compare plans on, each with the words that mark a passage as about it. */
export interface Topic {
  readonly name: string;
  readonly words: readonly string[];
}

export const defaultTopics: readonly Topic[] = [
  { name: '户籍', words: ['户籍', '落户', '居住证', '市民化'] },
  { name: '公共服务', words: ['公共服务', '义务教育', '医疗卫生', '养老', '托育', '社会保障'] },
  { name: '城市更新', words: ['城市更新', '老旧小区', '棚户区', '城中村', '历史文化街区'] },
  { name: '乡村振兴', words: ['乡村振兴', '农村', '农业现代化', '美丽乡村', '城乡融合'] },
  { name: '数字化', words: ['数字化', '智慧城市', '数字经济', '大数据', '5G', '互联网'] },
  { name: '绿色低碳', words: ['绿色低碳', '碳达峰', '碳中和', '节能', '生态环境', '污染防治', '海绵城市'] },
  { name: '交通', words: ['交通', '铁路', '公路', '轨道', '港口', '机场'] },
  { name: '住房', words: ['住房', '保障性租赁住房', '房地产', '公租房'] },
];
