import {DetailsList as a1} from '@fluentui/react/lib/DetailsList'; (window as any).x1=a1;
